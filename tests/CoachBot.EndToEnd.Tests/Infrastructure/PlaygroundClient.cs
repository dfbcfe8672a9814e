using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>A message the bot sent, and the id the Playground gave it (what a card submit refers to).</summary>
public sealed record BotReply(Activity Activity, string? MessageId)
{
    private static readonly HashSet<string> TextFields = ["text", "title", "subtitle", "fallbackText"];

    /// <summary>
    /// Everything the user reads in this message: its text and the texts of its cards, one per line. A sentence
    /// may move from the text into a card as the bot grows; the tests look for it in either.
    /// </summary>
    public string Text
    {
        get
        {
            var lines = new List<string>();
            if (!string.IsNullOrEmpty(Activity.Text)) lines.Add(Activity.Text);
            foreach (var attachment in Activity.Attachments ?? []) CollectTexts(attachment.Content, lines);
            return string.Join("\n", lines);
        }
    }

    public bool IsMessage => Activity.IsType(ActivityTypes.Message);

    private static void CollectTexts(JsonNode? node, List<string> into)
    {
        switch (node)
        {
            case JsonObject card:
                foreach (var (name, value) in card)
                {
                    if (TextFields.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var text)) into.Add(text);
                    else CollectTexts(value, into);
                }
                break;
            case JsonArray items:
                foreach (var item in items) CollectTexts(item, into);
                break;
        }
    }
}

/// <summary>
/// Drives one Playground as its user would: say something, install the app, submit a card. Each call waits until
/// the Playground has recorded the bot's answer to what it sent (the bot sends its replies before it answers the
/// POST, so the recorded exchange of the incoming activity closes the turn), then returns the bot's new messages.
/// </summary>
public sealed class PlaygroundClient(PlaygroundProcess playground, BotProcess bot, HttpClient http)
{
    private static readonly TimeSpan TurnDeadline = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    // The Playground has one user: turns of one client run one after another, as that user would type them.
    private readonly SemaphoreSlim _turn = new(1, 1);

    public string ChannelId => playground.ChannelId;

    /// <summary>The user sends <paramref name="text"/>; returns what the bot answered.</summary>
    public Task<IReadOnlyList<BotReply>> SayAsync(string text, CancellationToken cancellationToken = default) =>
        RunTurnAsync($"the message '{text}'",
            ct => PostAsync($"_conversation/v1/conversations/{playground.ChatId}/messages",
                new JsonObject { ["from"] = new JsonObject { ["id"] = playground.UserId }, ["text"] = text, ["textFormat"] = "plain" }, ct),
            sent => sent.Any(e => e.Activity.IsType(ActivityTypes.Message) && e.Activity.Text == text),
            cancellationToken);

    /// <summary>
    /// Installs the app in the personal chat. On msteams the bot receives an installationUpdate and a
    /// conversationUpdate; on the other channels a conversationUpdate.
    /// </summary>
    public Task<IReadOnlyList<BotReply>> InstallAsync(CancellationToken cancellationToken = default) =>
        RunTurnAsync("the installation",
            ct => PostAsync($"_debug/conversation/{playground.ChatId}/installation", new JsonObject(), ct),
            sent => sent.Any(e => e.Activity.IsType(ActivityTypes.ConversationUpdate))
                    && (ChannelId != Channels.Msteams || sent.Any(e => e.Activity.IsType(ActivityTypes.InstallationUpdate))),
            cancellationToken);

    /// <summary>The user presses an Action.Submit on the bot's message <paramref name="cardMessageId"/>.</summary>
    public Task<IReadOnlyList<BotReply>> SubmitAsync(string cardMessageId, JsonObject value, CancellationToken cancellationToken = default) =>
        RunTurnAsync($"the submit on {cardMessageId}",
            ct => PostAsync("_conversation/v1/submit", new JsonObject
            {
                ["conversation"] = new JsonObject { ["id"] = playground.ChatId },
                ["from"] = new JsonObject { ["id"] = playground.UserId },
                ["replyToId"] = cardMessageId,
                ["value"] = value.DeepClone(),
            }, ct),
            sent => sent.Any(e => e.Activity.IsType(ActivityTypes.Message) && e.Activity.ReplyToId == cardMessageId && e.Activity.Value is not null),
            cancellationToken);

    /// <summary>Everything the Playground recorded so far, in order.</summary>
    public Task<IReadOnlyList<RecordedExchange>> ReadRecordingAsync(CancellationToken cancellationToken = default) =>
        EventsRecording.ReadAsync(playground.RecordingFile, cancellationToken);

    private async Task<IReadOnlyList<BotReply>> RunTurnAsync(string what, Func<CancellationToken, Task> send,
        Func<IReadOnlyList<RecordedExchange>, bool> isComplete, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var before = (await ReadRecordingAsync(cancellationToken)).Count;
            await send(cancellationToken);
            var watch = Stopwatch.StartNew();
            while (true)
            {
                var recording = await ReadRecordingAsync(cancellationToken);
                var fresh = recording.Skip(before).ToList();
                var sent = fresh.Where(e => e.IsToBot).ToList();
                if (isComplete(sent))
                {
                    if (sent.FirstOrDefault(e => e.StatusCode is < 200 or >= 300) is { } failed)
                        throw new InvalidOperationException(
                            $"The bot answered {failed.StatusCode} to {what} on {ChannelId}.\n{Diagnostics()}");
                    return fresh.Where(e => e.IsFromBot).Select(e => new BotReply(e.Activity, e.ResponseId)).ToList();
                }
                if (watch.Elapsed > TurnDeadline)
                    throw new TimeoutException(
                        $"The Playground recorded no completed turn for {what} on {ChannelId} within {TurnDeadline}.\n{Diagnostics()}");
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(playground.BaseAddress, path), body, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"The Playground refused POST /{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private string Diagnostics() =>
        $"--- bot output:\n{bot.Output}\n--- Playground output:\n{playground.Output}";
}
