using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>One exchange the Playground recorded: an activity it sent to the bot, or one the bot sent to it.</summary>
public sealed record RecordedExchange(string Direction, Activity Activity, JsonObject Raw, int StatusCode, string? ResponseId)
{
    public const string FromBot = "User Application -> Microsoft 365 Agents Playground";
    public const string ToBot = "Microsoft 365 Agents Playground -> User Application";

    public bool IsFromBot => Direction == FromBot;

    public bool IsToBot => Direction == ToBot;
}

/// <summary>
/// Reads the Playground's events recording: JSON objects, each followed by a line <c>---</c>, appended synchronously
/// in the order the exchanges completed.
/// </summary>
public static class EventsRecording
{
    private const string Separator = "\n---\n";

    public static async Task<IReadOnlyList<RecordedExchange>> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file)) return [];
        string text;
        // The Playground may be appending while we read: share the file and parse only the complete blocks.
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream))
            text = await reader.ReadToEndAsync(cancellationToken);
        var complete = text.LastIndexOf(Separator, StringComparison.Ordinal);
        if (complete < 0) return [];
        var exchanges = new List<RecordedExchange>();
        foreach (var block in text[..complete].Split(Separator))
        {
            if (string.IsNullOrWhiteSpace(block)) continue;
            exchanges.Add(Parse(block));
        }
        return exchanges;
    }

    private static RecordedExchange Parse(string block)
    {
        var raw = JsonNode.Parse(block)?.AsObject() ?? throw new InvalidDataException($"Not a recording entry: {block}");
        var body = raw["request"]?["body"] ?? throw new InvalidDataException($"A recording entry without request.body: {block}");
        var activity = body.Deserialize(BotJsonContext.Default.Activity)
            ?? throw new InvalidDataException($"request.body is not an activity: {block}");
        var status = (int?)raw["response"]?["statusCode"] ?? 0;
        var responseId = raw["response"]?["body"] is JsonObject responseBody ? (string?)responseBody["id"] : null;
        return new RecordedExchange((string?)raw["direction"] ?? "", activity, raw, status, responseId);
    }
}
