using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Views;

/// <summary>
/// "export my data": everything stored about the user, as readable text (the profile and the plan) and as the JSON
/// of the stored record (the last turn's stored replies included) and history rows. Teams and Slack cap a message near 28 KB, so the JSON goes in code blocks
/// of at most <see cref="MaxJsonChars"/> characters; the terminal gets one JSON attachment, which it writes to a file.
/// </summary>
public static class DataExport
{
    public const int MaxJsonChars = 20_000;
    public const string AttachmentName = "coachbot-export.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task SendAsync(CoachTexts texts, ITurnContext context, CancellationToken cancellationToken)
    {
        var state = CoachTurn.State(context);
        texts.Say(context, DataTexts.ExportIntro);
        var channel = context.Activity.ChannelId;
        context.SendActivity(MessageRenderer.Render(ProfileView.Build(texts, context, state.Profile), channel));
        context.SendActivity(MessageRenderer.Render(MyPlanView.Build(texts, context, state), channel));

        var json = await BuildJsonAsync(context, cancellationToken).ConfigureAwait(false);
        if (ChannelCapabilities.For(channel).FileAttachments)
        {
            var file = context.Activity.CreateReply(texts.Text(context, DataTexts.ExportFile));
            file.Attachments = [new Attachment { ContentType = "application/json", Name = AttachmentName, Content = JsonNode.Parse(json) }];
            context.SendActivity(file);
            return;
        }
        var parts = Split(json, MaxJsonChars);
        for (var i = 0; i < parts.Count; i++)
        {
            var text = texts.Text(context, DataTexts.ExportJsonPart, ("part", i + 1), ("parts", parts.Count)) + "\n```\n" + parts[i] + "\n```";
            var message = context.Activity.CreateReply(text);
            message.TextFormat = "markdown";
            context.SendActivity(message);
        }
    }

    /// <summary>The stored record (as this turn sees it) and the user's history rows, indented.</summary>
    public static async Task<string> BuildJsonAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var record = UserRecordSerializer.ToJsonObject(context.Record);
        // The coaching state as this turn has it (it may have changed earlier in the turn).
        var properties = record["properties"] as JsonObject ?? new JsonObject();
        properties[CoachingState.PropertyName] = JsonSerializer.SerializeToNode(CoachTurn.State(context), CoachingJsonContext.Default.CoachingState);
        record["properties"] = properties;
        // lastReplies stays: the replies of the last turn are stored (to answer a channel's retry) and can repeat what
        // the user said, so they are data kept about the user like the rest.
        var history = new JsonArray();
        foreach (var row in await context.ReadHistoryAsync(cancellationToken).ConfigureAwait(false))
            history.Add(new JsonObject { ["id"] = row.RowId, ["row"] = JsonNode.Parse(row.Json) });
        var export = new JsonObject { ["userKey"] = context.UserKey, ["record"] = record, ["history"] = history };
        return export.ToJsonString(Indented);
    }

    /// <summary>Splits at line ends where possible, so each part stays readable.</summary>
    public static List<string> Split(string text, int maxChars)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (current.Length > 0 && current.Length + line.Length + 1 > maxChars)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            var rest = line;
            while (rest.Length > maxChars)
            {
                parts.Add(rest[..maxChars]);
                rest = rest[maxChars..];
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(rest);
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }
}
