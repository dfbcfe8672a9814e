using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CoachBot.BotFramework.Schema;

namespace CoachBot.MicroBench;

/// <summary>The wire format both ways: a Teams message as it arrives, and a reply as the connector client sends it.</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    // A Teams personal-chat message as Azure Bot Service posts it (fields from research/botframework-protocol.md).
    private static readonly byte[] Inbound = Encoding.UTF8.GetBytes("""
        {"text":"set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning",
         "textFormat":"plain","type":"message","timestamp":"2027-01-04T09:00:00.1234567Z","localTimestamp":"2027-01-04T10:00:00.1234567+01:00",
         "id":"1704358800123","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "from":{"id":"29:1a2b3c4d5e6f","name":"Alex Example","aadObjectId":"00000000-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000aa","id":"a:1xYzExampleConversationId"},
         "recipient":{"id":"28:00000000-0000-0000-0000-0000000000bb","name":"CoachBot"},
         "entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}],
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000aa"}},"locale":"en-US","localTimezone":"Europe/Berlin"}
        """);

    private Activity _reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        var inbound = JsonSerializer.Deserialize(Inbound, BotJsonContext.Default.Activity)!;
        _reply = inbound.CreateReply("Here's your goal, SMART:\n\n**I will pass the AWS Solutions Architect exam by Wed, 30 June 2027.**\n\n" +
                                     "S ✓  M ✓  A ✓  R ✓  T ✓\n\nDoes that capture it?");
    }

    [Benchmark]
    public Activity? Parse() => JsonSerializer.Deserialize(Inbound, BotJsonContext.Default.Activity);

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_reply, BotJsonContext.Default.Activity);
}
