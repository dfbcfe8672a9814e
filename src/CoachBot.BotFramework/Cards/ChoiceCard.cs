using System.Text.Json.Nodes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Cards;

/// <summary>
/// A question's choices as an Adaptive Card that stays with its message (suggested actions vanish at the next
/// message). On Teams (<see cref="ChannelCapabilities.UniversalActions"/>) the buttons are <c>Action.Execute</c>, with a
/// <c>refresh</c> for the user it was sent to; once answered, the card is replaced by <see cref="Answered"/>, which has
/// no buttons, so a choice cannot be pressed twice. Elsewhere (Emulator, Web Chat) the buttons are <c>Action.Submit</c>,
/// which arrive as a message with the choice as its text. Each action's data carries what it takes to draw the card
/// again (the question and the titles), so neither an answer nor a refresh needs anything stored.
/// </summary>
public static class ChoiceCard
{
    /// <summary>The verb of a choice pressed on Teams.</summary>
    public const string ChooseVerb = "coachbot.choose";

    /// <summary>The verb of the card's refresh (Teams asks for the card again when it shows it to a listed user).</summary>
    public const string RefreshVerb = "coachbot.refresh";

    /// <summary>The card with one button per choice; <paramref name="userId"/> is who the refresh is for (Teams).</summary>
    public static JsonObject Open(string question, IReadOnlyList<string> titles, ChannelCapabilities channel, string? userId)
    {
        var actions = new JsonArray();
        foreach (var title in titles)
        {
            actions.Add(channel.UniversalActions
                ? new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = title,
                    ["verb"] = ChooseVerb,
                    ["data"] = new JsonObject { ["text"] = title, ["question"] = question, ["choices"] = Titles(titles) },
                }
                : new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = new JsonObject { ["text"] = title } });
        }
        var card = Card(Fallback(titles), new JsonArray());
        card["actions"] = actions;
        if (channel.UniversalActions && !string.IsNullOrEmpty(userId))
        {
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = RefreshVerb,
                    ["data"] = new JsonObject { ["question"] = question, ["choices"] = Titles(titles) },
                },
                ["userIds"] = new JsonArray(userId),
            };
        }
        return card;
    }

    /// <summary>The card once answered: the choice made, marked, and no button and no refresh left.</summary>
    public static JsonObject Answered(string answer) =>
        Card("✓ " + answer, new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "✓ " + answer, ["weight"] = "Bolder", ["wrap"] = true }));

    /// <summary>The message a choice card goes in: the question as its text (what every reader sees), the card below.</summary>
    public static Activity Message(Activity reply, string question, JsonObject card)
    {
        reply.Text = question;
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }];
        return reply;
    }

    /// <summary>One of our actions in an <c>adaptiveCard/action</c> invoke's value, or null for any other.</summary>
    public static ChoiceCardAction? Read(JsonNode? invokeValue)
    {
        var verb = JsonRead.StringAt(invokeValue, "action", "verb");
        if (verb is not (ChooseVerb or RefreshVerb)) return null;
        var data = JsonRead.At(invokeValue, "action", "data");
        var question = JsonRead.StringAt(data, "question");
        var titles = data?["choices"] is JsonArray list
            ? list.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];
        if (question is null || titles.Count == 0) return null;
        // An answer counts only as one of the card's own choices.
        var answer = JsonRead.StringAt(data, "text") is { } text && titles.Contains(text, StringComparer.Ordinal) ? text : null;
        return new ChoiceCardAction(verb, question, titles, answer);
    }

    private static JsonObject Card(string fallbackText, JsonArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = AdaptiveCardRenderer.SchemaVersion,
        ["fallbackText"] = fallbackText,
        ["body"] = body,
    };

    private static string Fallback(IReadOnlyList<string> titles) => string.Join('\n', titles.Select((t, i) => $"{i + 1}. {t}"));

    private static JsonArray Titles(IReadOnlyList<string> titles) => new([.. titles.Select(t => (JsonNode)JsonValue.Create(t))]);
}

/// <summary>A press on a choice card (<see cref="ChoiceCard.ChooseVerb"/>, with its <paramref name="Answer"/>) or its refresh.</summary>
public sealed record ChoiceCardAction(string Verb, string Question, IReadOnlyList<string> Choices, string? Answer)
{
    public bool IsRefresh => Verb == ChoiceCard.RefreshVerb;
}
