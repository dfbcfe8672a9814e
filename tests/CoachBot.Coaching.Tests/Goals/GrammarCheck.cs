using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// What "no raw fragment" means, checked on every statement and step the tests build: no hedge or filler, no
/// question, no markup, no second date, no "-ing" verb right after "I will", no doubled punctuation, a verb after
/// "I will" and a noun after "as a".
/// </summary>
internal static class GrammarCheck
{
    private static readonly string[] Hedges = ["maybe", "lol", "idk", "kinda", "honestly", "i guess", "yeah", "tbh", "sorta", "ngl", "lmao", "haha", "i dunno", "um", "uh"];
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept", "jan", "feb", "jun", "jul", "aug", "oct", "nov", "dec"];
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "to", "of", "in", "on", "by", "for", "with", "and", "or", "is", "be", "get", "become", "my", "your",
        "{role}", "{target}", "at", "from",
    };

    public static void AssertStatement(string sentence, GoalStatement statement)
    {
        Assert.StartsWith("I will ", sentence, StringComparison.Ordinal);
        var verb = statement.Outcome.Split(' ', 2)[0];
        // "excel at my job": a skill name used as the verb.
        var verbUse = GoalVocabulary.From(RepoDialogs.Texts).StartsWithVerbUse(statement.Outcome);
        Assert.True(IsVerb(verb) || verbUse, $"no verb after \"I will\": \"{sentence}\"");
        Assert.False(verb.EndsWith("ing", StringComparison.Ordinal) && verb != "bring", $"an -ing verb after \"I will\": \"{sentence}\"");
        var monthsInSentence = Words(sentence).Count(w => Months.Contains(w));
        Assert.True(monthsInSentence <= (statement.Deadline is null ? 0 : 1) + Words(statement.Outcome).Count(w => Months.Contains(w) && false) + CountMonthsInOwnWords(statement),
            $"a second date: \"{sentence}\"");
        AssertClean(sentence);
    }

    /// <summary>Months that are part of the measure clause or outcome as content (rare); a date the rules did not read is still a failure.</summary>
    private static int CountMonthsInOwnWords(GoalStatement statement) => 0;

    public static void AssertStep(string title)
    {
        Assert.DoesNotContain("{", title, StringComparison.Ordinal);
        Assert.True(title.Length > 0 && char.IsUpper(title[0]), $"step starts lower-case: \"{title}\"");
        Assert.True(IsVerb(Words(title)[0]), $"step does not start with a verb: \"{title}\"");
        AssertClean(title);
    }

    /// <summary>A span of the goal the feedback quotes: clean, and no "-ing" verb first ("presenting a strategy").</summary>
    public static void AssertQuote(string quoted)
    {
        Assert.False(IsIng(Words(quoted).FirstOrDefault() ?? ""), $"an -ing verb first in the quote \"{quoted}\"");
        AssertClean(quoted);
    }

    private static void AssertClean(string text)
    {
        var words = Words(text);
        foreach (var hedge in Hedges)
            Assert.False(ContainsPhrase(words, hedge), $"hedge \"{hedge}\" in \"{text}\"");
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        foreach (var mark in new[] { "<", ">", "**", "`", "[", "]" }) Assert.DoesNotContain(mark, text, StringComparison.Ordinal);
        foreach (var doubled in new[] { ",,", "..", " ,", " .", ",.", ".,", ";;", "::", "  ", ", ,", "! ." })
            Assert.DoesNotContain(doubled, text, StringComparison.Ordinal);
        for (var i = 0; i + 2 < words.Count; i++)
            if (words[i] == "as" && words[i + 1] is "a" or "an")
                Assert.False(NotNouns.Contains(words[i + 2]) || IsIng(words[i + 2]), $"no noun after \"as a\": \"{text}\"");
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i] == "will" && i > 0 && words[i - 1] == "i")
                Assert.False(IsIng(words[i + 1]), $"-ing after \"I will\": \"{text}\"");
    }

    private static bool IsIng(string word) => word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && word is not ("bring" or "thing" or "spring");

    private static bool IsVerb(string word)
    {
        var w = word.ToLowerInvariant();
        return GoalVocabulary.From(RepoDialogs.Texts).IsVerb(w) || w is "be" or "get" or "have" or "go" or "make" or "put" or "bring" or "tailor" or "line";
    }

    private static bool ContainsPhrase(List<string> words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Count; i++)
            if (parts.Select((p, k) => words[i + k] == p).All(x => x)) return true;
        return false;
    }

    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ':', ';', '!', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
