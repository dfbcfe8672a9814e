using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Llm.Validation;

/// <summary>
/// Turns the raw text of an LLM answer into suggestions, or into a reason for discarding it. Pure: the same text and
/// goal always give the same result, so every rule is tested without a model.
/// </summary>
public static class SuggestionValidator
{
    public const int MaxSteps = 8;
    public const int MaxWaysThrough = 6;
    public const int MaxTitleLength = 200;
    public const int MaxStatementLength = 400;
    public const int MaxAnswerLength = 20_000;

    /// <summary>A rewritten goal further out than this is not a SMART goal any more.</summary>
    public const int MaxRewriteYears = 10;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 8 };

    /// <summary>Shape <c>{"steps":[{"title":"...","due":"YYYY-MM-DD"}]}</c>; 1..8 steps, each due within [today, deadline].</summary>
    public static Validated<IReadOnlyList<SuggestedStep>> Steps(string? answer, GoalBrief goal)
    {
        if (!TryParse(answer, out var root, out var failure)) return Validated<IReadOnlyList<SuggestedStep>>.Fail(failure);
        using (root)
        {
            if (!TryGetArray(root.RootElement, "steps", out var items)) return Validated<IReadOnlyList<SuggestedStep>>.Fail("wrong-shape");
            var count = items.GetArrayLength();
            if (count == 0) return Validated<IReadOnlyList<SuggestedStep>>.Fail("no-steps");
            if (count > MaxSteps) return Validated<IReadOnlyList<SuggestedStep>>.Fail("too-many-steps");

            var steps = new List<SuggestedStep>(count);
            var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in items.EnumerateArray())
            {
                if (!TryGetString(item, "title", out var title) || !TryGetString(item, "due", out var dueText))
                    return Validated<IReadOnlyList<SuggestedStep>>.Fail("wrong-shape");
                title = title.Trim();
                if (SafeText.Check(title, MaxTitleLength) is { } textProblem) return Validated<IReadOnlyList<SuggestedStep>>.Fail(textProblem);
                if (!TryParseDate(dueText, out var due)) return Validated<IReadOnlyList<SuggestedStep>>.Fail("bad-date");
                if (due < goal.Today || due > goal.Deadline) return Validated<IReadOnlyList<SuggestedStep>>.Fail("date-outside-span");
                if (!titles.Add(title)) return Validated<IReadOnlyList<SuggestedStep>>.Fail("duplicate-titles");
                steps.Add(new SuggestedStep(title, due));
            }
            // A plan reads in date order; OrderBy is stable, so same-day steps keep the model's order.
            return Validated<IReadOnlyList<SuggestedStep>>.Ok(steps.OrderBy(s => s.Due).ToList());
        }
    }

    /// <summary>Shape <c>{"statement":"...","deadline":"YYYY-MM-DD"}</c>; deadline after today and not absurdly far.</summary>
    public static Validated<SmartRewrite> Rewrite(string? answer, DateOnly today)
    {
        if (!TryParse(answer, out var root, out var failure)) return Validated<SmartRewrite>.Fail(failure);
        using (root)
        {
            var element = root.RootElement;
            if (element.ValueKind != JsonValueKind.Object
                || !TryGetString(element, "statement", out var statement) || !TryGetString(element, "deadline", out var deadlineText))
                return Validated<SmartRewrite>.Fail("wrong-shape");
            statement = statement.Trim();
            if (SafeText.Check(statement, MaxStatementLength) is { } textProblem) return Validated<SmartRewrite>.Fail(textProblem);
            if (!TryParseDate(deadlineText, out var deadline)) return Validated<SmartRewrite>.Fail("bad-date");
            if (deadline <= today) return Validated<SmartRewrite>.Fail("deadline-not-future");
            if (deadline > today.AddYears(MaxRewriteYears)) return Validated<SmartRewrite>.Fail("deadline-too-far");
            return Validated<SmartRewrite>.Ok(new SmartRewrite(statement, deadline));
        }
    }

    public const int MaxFreeAnswerLength = 900;
    public const int MinFreeAnswerLength = 40;

    /// <summary>Shape <c>{"answer":"..."}</c>: plain sentences (<see cref="SafeText"/>), 40 to 900 characters.</summary>
    public static Validated<string> Answer(string? answer)
    {
        if (!TryParse(answer, out var root, out var failure)) return Validated<string>.Fail(failure);
        using (root)
        {
            if (root.RootElement.ValueKind != JsonValueKind.Object || !TryGetString(root.RootElement, "answer", out var text))
                return Validated<string>.Fail("wrong-shape");
            text = text.Trim();
            if (text.Length < MinFreeAnswerLength) return Validated<string>.Fail("text-too-short");
            if (SafeText.Check(text, MaxFreeAnswerLength) is { } problem) return Validated<string>.Fail(problem);
            return Validated<string>.Ok(text);
        }
    }

    /// <summary>Shape <c>{"options":[{"title":"...","kind":"alternative|help|shrink|reschedule"}]}</c>; 1..6 options.</summary>
    public static Validated<IReadOnlyList<WayThrough>> WaysThrough(string? answer)
    {
        if (!TryParse(answer, out var root, out var failure)) return Validated<IReadOnlyList<WayThrough>>.Fail(failure);
        using (root)
        {
            if (!TryGetArray(root.RootElement, "options", out var items)) return Validated<IReadOnlyList<WayThrough>>.Fail("wrong-shape");
            var count = items.GetArrayLength();
            if (count == 0) return Validated<IReadOnlyList<WayThrough>>.Fail("no-options");
            if (count > MaxWaysThrough) return Validated<IReadOnlyList<WayThrough>>.Fail("too-many-options");

            var options = new List<WayThrough>(count);
            var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in items.EnumerateArray())
            {
                if (!TryGetString(item, "title", out var title) || !TryGetString(item, "kind", out var kindText))
                    return Validated<IReadOnlyList<WayThrough>>.Fail("wrong-shape");
                title = title.Trim();
                if (SafeText.Check(title, MaxTitleLength) is { } textProblem) return Validated<IReadOnlyList<WayThrough>>.Fail(textProblem);
                if (ParseKind(kindText) is not { } kind) return Validated<IReadOnlyList<WayThrough>>.Fail("unknown-kind");
                if (!titles.Add(title)) return Validated<IReadOnlyList<WayThrough>>.Fail("duplicate-titles");
                options.Add(new WayThrough(title, kind));
            }
            return Validated<IReadOnlyList<WayThrough>>.Ok(options);
        }
    }

    private static WayThroughKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "alternative" => WayThroughKind.Alternative,
        "help" => WayThroughKind.Help,
        "shrink" => WayThroughKind.Shrink,
        "reschedule" => WayThroughKind.Reschedule,
        _ => null,
    };

    private static bool TryParse(string? answer, out JsonDocument document, out string failure)
    {
        document = null!;
        failure = "";
        if (string.IsNullOrWhiteSpace(answer)) { failure = "empty-answer"; return false; }
        if (answer.Length > MaxAnswerLength) { failure = "answer-too-long"; return false; }
        try
        {
            document = JsonDocument.Parse(StripCodeFence(answer.Trim()), JsonOptions);
        }
        catch (JsonException)
        {
            failure = "not-json";
            return false;
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            failure = "wrong-shape";
            return false;
        }
        return true;
    }

    /// <summary>Some OpenAI-compatible servers wrap JSON mode answers in a Markdown fence anyway; accept exactly that wrapper.</summary>
    private static string StripCodeFence(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
            return text;
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0) return text;
        return text[(firstLineEnd + 1)..^3];
    }

    private static bool TryGetArray(JsonElement element, string name, out JsonElement array)
    {
        array = default;
        return element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out array) && array.ValueKind == JsonValueKind.Array;
    }

    private static bool TryGetString(JsonElement element, string name, out string value)
    {
        value = "";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var property)
            || property.ValueKind != JsonValueKind.String)
            return false;
        value = property.GetString()!;
        return true;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
