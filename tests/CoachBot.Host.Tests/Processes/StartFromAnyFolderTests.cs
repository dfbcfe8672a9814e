using CoachBot.TestSupport;

namespace CoachBot.Host.Tests.Processes;

public class StartFromAnyFolderTests
{
    [Fact]
    public async Task BotStartedFromAnEmptyFolderServesHealthAndMessages()
    {
        using var folder = new TempFolder();
        await using var bot = await BotProcess.StartServerAsync(folder.Path);

        await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));

        // dialogs/ was found beside the binaries, not in the working folder: a message gets the welcome.
        using var http = new HttpClient();
        var activity = """
            {"type":"message","id":"1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9","from":{"id":"u1"},
             "recipient":{"id":"bot"},"conversation":{"id":"c1"},"text":"hi","deliveryMode":"expectReplies"}
            """;
        using var response = await http.PostAsync(bot.MessagesEndpoint, new StringContent(activity, System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var replies = System.Text.Json.Nodes.JsonNode.Parse(body)!["activities"]!.AsArray();
        Assert.Contains(replies, r => r!["text"]!.GetValue<string>().Contains("I'm CoachBot, your career coach"));
        Assert.Contains("No MicrosoftAppId is configured", bot.Output);
    }
}
