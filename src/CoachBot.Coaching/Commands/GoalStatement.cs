using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// A goal stated at the menu: the words after one of the openings of <c>intents.goalLeadIns</c> ("I want to", "my
/// goal is to", "help me"), as written. The longest opening wins; a remainder of less than two words is no goal.
/// </summary>
public static class GoalStatement
{
    public static string? Find(TextCatalog texts, string text, string? locale)
    {
        var tokens = TextTokenizer.Tokenize(text);
        // "sorry, I want to ...", "ok so my goal is ...": words before the opening do not change it.
        var fillers = List(texts, MenuTexts.GoalLeadFillers).ToHashSet(StringComparer.Ordinal);
        var skip = tokens.TakeWhile(t => fillers.Contains(t.Text)).Count();
        tokens = tokens.Skip(skip).ToList();
        var best = 0;
        foreach (var leadIn in List(texts, MenuTexts.GoalLeadIns))
        {
            var words = TextTokenizer.Tokenize(leadIn).Select(t => t.Text).ToArray();
            if (words.Length <= best || words.Length >= tokens.Count) continue;
            if (words.Select((w, i) => tokens[i].Text == w).All(same => same)) best = words.Length;
        }
        if (best == 0 || tokens.Count - best < 2) return null;
        // "goal 1 is achieved": a goal the plan has, named by its number, is no new goal.
        if (tokens[best].Kind == TokenKind.Number) return null;
        var rest = text[tokens[best].Start..].Trim().TrimStart(':', '-', '–', ' ').TrimEnd('.', '!', ' ');
        if (rest.Length == 0 || AboutTheCoach(texts, rest)) return null;
        return rest;
    }

    /// <summary>
    /// A goal stated after a first clause ("I'm so burnt out, but I want to become a team lead"): the goal of the first
    /// later clause, opened by punctuation or one of <c>intents.goalClauseJoiners</c>, that states one. Null otherwise.
    /// </summary>
    public static string? FindInALaterClause(TextCatalog texts, string text, string? locale)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var joiners = List(texts, MenuTexts.GoalClauseJoiners).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            // The tokenizer drops punctuation, so a clause break is read from the text between two tokens
            // ("sorry my english is bad, i want to become a nurse").
            var start = tokens[i - 1].Kind == TokenKind.Symbol || BreaksAClause(text[tokens[i - 1].End..tokens[i].Start]) ? i : -1;
            while (start >= 0 && start < tokens.Count && tokens[start].Kind == TokenKind.Symbol) start++;
            // ", but i want to ...": the joiner after the break opens the same clause.
            if ((start < 0 || start == i) && tokens[i].Kind == TokenKind.Word && joiners.Contains(tokens[i].Text)) start = i + 1;
            if (start < 0 || start >= tokens.Count) continue;
            if (Find(texts, text[tokens[start].Start..], locale) is { } goal) return goal;
        }
        return null;
    }

    private static bool BreaksAClause(string between) => between.IndexOfAny([',', ';', '.', '!', '?', ':', '\n']) >= 0;

    /// <summary>
    /// The goal as the goal dialog gets it: hedges and fillers dropped ("a job lol" is "a job"), and a job wished for
    /// by someone just starting out (<c>intents.firstJob</c>, "i just graduated and i need a job") is a first job.
    /// </summary>
    public static string AsGoal(TextCatalog texts, string goal, string wholeText, string? locale)
    {
        var read = Smart.GoalText.Read(goal, Smart.GoalVocabulary.From(texts, locale));
        var cleaned = read.IsGoal && read.Cleaned.Length > 0 ? read.Cleaned : goal;
        var said = " " + PhraseKey.Of(wholeText) + " ";
        if (List(texts, MenuTexts.FirstJobJobs).Any(job => PhraseKey.Of(job) == PhraseKey.Of(cleaned))
            && List(texts, MenuTexts.FirstJobStarting).Any(start => said.Contains(" " + PhraseKey.Of(start) + " ", StringComparison.Ordinal)))
            return texts.Get(MenuTexts.FirstJobGoal, locale);
        return cleaned;
    }

    /// <summary>
    /// "change some steps in my plan", "park my second goal": words about the coach's own things (the plan, its
    /// steps, the check-ins, a goal by number) make the wish a command, not a goal to set.
    /// </summary>
    public static bool AboutTheCoach(TextCatalog texts, string text)
    {
        var said = " " + PhraseKey.Of(text) + " ";
        if (List(texts, MenuTexts.CoachThings).Any(thing => said.Contains(" " + PhraseKey.Of(thing) + " ", StringComparison.Ordinal))) return true;
        return NamesAGoal(texts, text);
    }

    /// <summary>"goal 2", "my second goal", "the first goal": a goal of the plan named, so never a new one.</summary>
    public static bool NamesAGoal(TextCatalog texts, string text)
    {
        var tokens = TextTokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Symbol).ToList();
        var ordinals = List(texts, MenuTexts.GoalOrdinals).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("goal" or "goals")) continue;
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number) return true;
            if (i > 0 && ordinals.Contains(tokens[i - 1].Text)) return true;
        }
        return false;
    }

    /// <summary>"set a target", "work on something": a request for a goal, not a goal itself.</summary>
    public static bool AsksForGoal(TextCatalog texts, string remainder)
    {
        var words = TextTokenizer.Tokenize(remainder).Where(t => t.Kind == TokenKind.Word).Select(t => t.Text).ToList();
        var goalWords = List(texts, MenuTexts.GoalWords).ToHashSet(StringComparer.Ordinal);
        return words.Count <= 6 && words.Any(goalWords.Contains);
    }

    private static IEnumerable<string> List(TextCatalog texts, string key) =>
        texts.Get(key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
