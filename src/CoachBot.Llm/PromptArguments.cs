using System.Globalization;
using System.Text;
using CoachBot.Coaching.Suggestions;
using Microsoft.SemanticKernel;

namespace CoachBot.Llm;

/// <summary>
/// The only things a prompt gets to see: the fields of a <see cref="GoalBrief"/> (never ids, names or history),
/// each flattened to one line without angle brackets, so user text cannot close the tags that delimit it.
/// </summary>
public static class PromptArguments
{
    public const int MaxFieldLength = 400;
    public const int MaxListItems = 10;
    public const int MaxListItemLength = 80;

    public static KernelArguments ForGoal(GoalBrief goal) => new()
    {
        ["goal"] = Clean(goal.Statement, MaxFieldLength),
        ["today"] = Date(goal.Today),
        ["deadline"] = Date(goal.Deadline),
        ["goal_type"] = goal.Type.ToString(),
        ["values"] = List(goal.Values),
        ["skills"] = List(goal.Skills),
        ["growth_areas"] = List(goal.GrowthAreas),
        ["current_role"] = string.IsNullOrWhiteSpace(goal.CurrentRole) ? "not given" : Clean(goal.CurrentRole, MaxListItemLength),
    };

    public static KernelArguments ForRewrite(string goalText, GoalBrief context)
    {
        var arguments = ForGoal(context);
        arguments["goal_text"] = Clean(goalText, MaxFieldLength);
        return arguments;
    }

    public static KernelArguments ForWaysThrough(GoalBrief goal, string blockedStep)
    {
        var arguments = ForGoal(goal);
        arguments["blocked_step"] = Clean(blockedStep, MaxFieldLength);
        return arguments;
    }

    public static KernelArguments ForAnswer(AnswerBrief brief) => new()
    {
        ["kind"] = Clean(brief.Kind, MaxListItemLength),
        ["message"] = Clean(brief.Message, MaxFieldLength),
        ["topic"] = string.IsNullOrWhiteSpace(brief.Topic) ? "none" : Clean(brief.Topic, MaxListItemLength),
        ["goal"] = string.IsNullOrWhiteSpace(brief.Goal) ? "none yet" : Clean(brief.Goal, MaxFieldLength),
        ["deadline"] = brief.Deadline is { } d ? Date(d) : "none",
        ["target_role"] = string.IsNullOrWhiteSpace(brief.TargetRole) ? "not known" : Clean(brief.TargetRole, MaxListItemLength),
        ["current_role"] = string.IsNullOrWhiteSpace(brief.CurrentRole) ? "not given" : Clean(brief.CurrentRole, MaxListItemLength),
        ["strengths"] = List(brief.Strengths),
        ["low_skills"] = List(brief.LowSkills),
        ["values"] = List(brief.Values),
    };

    /// <summary>One line of plain text: control and format characters and angle brackets become spaces, runs of space collapse.</summary>
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var lastWasSpace = true;
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>'
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            if (blank)
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            if (builder.Length >= maxLength) break;
        }
        return builder.ToString().TrimEnd();
    }

    private static string List(IReadOnlyList<string> items)
    {
        var cleaned = items.Select(i => Clean(i, MaxListItemLength)).Where(i => i.Length > 0).Take(MaxListItems).ToList();
        return cleaned.Count == 0 ? "none given" : string.Join("; ", cleaned);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
