using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Cards;

/// <summary>An Adaptive Card of schema 1.5 (the newest Teams renders), built only from elements 1.5 defines.</summary>
public static class AdaptiveCardRenderer
{
    public const string SchemaVersion = "1.5";

    public static JsonObject Render(RichMessage message, string fallbackText)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(message.Title))
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = message.Title, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true });
        if (!string.IsNullOrEmpty(message.Subtitle))
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = message.Subtitle, ["isSubtle"] = true, ["wrap"] = true, ["spacing"] = "None" });

        foreach (var section in message.Sections)
        {
            if (!string.IsNullOrEmpty(section.Heading))
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Heading, ["weight"] = "Bolder", ["wrap"] = true, ["separator"] = true, ["spacing"] = "Medium" });
            if (section.Progress is { } progress) AddProgress(body, progress);
            else if (section.Facts.Count > 0)
            {
                var facts = new JsonArray();
                foreach (var (label, value) in section.Facts) facts.Add(new JsonObject { ["title"] = label, ["value"] = value });
                body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            }
            foreach (var line in section.Lines)
            {
                var block = new JsonObject { ["type"] = "TextBlock", ["text"] = "• " + line.Text, ["wrap"] = true, ["spacing"] = "Small" };
                if (line.Emphasis)
                {
                    block["weight"] = "Bolder";
                    block["color"] = "Accent";
                }
                body.Add(block);
            }
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["fallbackText"] = fallbackText,
            ["speak"] = message.Title,
            ["body"] = body,
        };
        if (message.Actions.Count > 0)
        {
            var actions = new JsonArray();
            foreach (var action in message.Actions)
            {
                // Action.Submit with msteams.imBack posts the value as a visible user message in Teams; other clients
                // deliver `data` as the activity's value, which the bot reads as that text.
                actions.Add(new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = action.Title,
                    ["data"] = new JsonObject
                    {
                        ["text"] = action.Value,
                        ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = action.Value },
                    },
                });
            }
            card["actions"] = actions;
        }
        return card;
    }

    /// <summary>
    /// The bar as a ColumnSet: a filled column and an empty one, their widths weighted done : left, each a thin coloured
    /// container (1.5 has no progress element). The label and caption are text, so a screen reader says them.
    /// </summary>
    private static void AddProgress(JsonArray body, RichProgress progress)
    {
        var total = Math.Max(progress.Total, 0);
        var done = Math.Clamp(progress.Done, 0, total);
        var columns = new JsonArray();
        if (done > 0) columns.Add(BarColumn(done, "accent"));
        if (total - done > 0 || total == 0) columns.Add(BarColumn(Math.Max(total - done, 1), "emphasis"));
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = progress.Label, ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Small" });
        body.Add(new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns, ["spacing"] = "Small", ["minHeight"] = "8px" });
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = progress.Caption, ["isSubtle"] = true, ["wrap"] = true, ["spacing"] = "Small" });
    }

    private static JsonObject BarColumn(int weight, string style) => new()
    {
        ["type"] = "Column",
        ["width"] = weight,
        ["style"] = style,
        ["minHeight"] = "8px",
        ["spacing"] = "None",
        ["items"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = " ", ["size"] = "Small", ["spacing"] = "None" }),
    };
}
