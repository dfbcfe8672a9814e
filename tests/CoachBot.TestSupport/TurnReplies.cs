using System.Text;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;

namespace CoachBot.TestSupport;

/// <summary>What the bot said in one turn, with its text as a reader would see it (cards by their text fallback).</summary>
public sealed class TurnReplies(IReadOnlyList<Activity> activities)
{
    public IReadOnlyList<Activity> Activities { get; } = activities;

    /// <summary>Message texts, card fallback texts and button titles, one per line.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var activity in Activities.Where(a => a.IsType(ActivityTypes.Message)))
            {
                if (!string.IsNullOrEmpty(activity.Text)) text.AppendLine(activity.Text);
                foreach (var attachment in activity.Attachments ?? [])
                {
                    if (attachment.Content?["fallbackText"] is JsonValue fallback) text.AppendLine(fallback.ToString());
                    if (attachment.Content?["buttons"] is JsonArray buttons)
                        foreach (var button in buttons) text.AppendLine(button?["title"]?.ToString());
                    if (attachment.Content?["actions"] is JsonArray actions)
                        foreach (var action in actions) text.AppendLine(action?["title"]?.ToString());
                }
                foreach (var action in activity.SuggestedActions?.Actions ?? []) text.AppendLine(action.Title);
            }
            return text.ToString();
        }
    }

    public bool Contains(string fragment) => Text.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws, showing what the bot did say, unless the replies contain every fragment.</summary>
    public TurnReplies AssertContains(params string[] fragments)
    {
        var missing = fragments.Where(f => !Contains(f)).ToList();
        if (missing.Count > 0)
            throw new ConversationAssertionException($"Expected the bot to say \"{string.Join("\", \"", missing)}\", but it said:\n{Text}");
        return this;
    }

    /// <summary>Throws unless none of the fragments were said.</summary>
    public TurnReplies AssertNotContains(params string[] fragments)
    {
        var found = fragments.Where(Contains).ToList();
        if (found.Count > 0)
            throw new ConversationAssertionException($"Expected the bot not to say \"{string.Join("\", \"", found)}\", but it said:\n{Text}");
        return this;
    }

    public override string ToString() => Text;
}

public sealed class ConversationAssertionException(string message) : Exception(message);
