namespace CoachBot.Coaching.Smart;

public static partial class SmartStatement
{
    /// <summary>
    /// A job or a role typed without its article, as people clip a goal: "find accountant job part time" -> "find a
    /// part-time accountant job", "become accountant" -> "become an accountant", "have to find new job" -> "find a new
    /// job". How the job is held (<see cref="GoalVocabulary.JobKinds"/>) goes in front of the role, spelled as the coach
    /// writes it. A phrase with its own determiner or number ("find my first job", "apply to 20 jobs") is left.
    /// </summary>
    internal static string WithArticleBeforeBareJob(string outcome, GoalVocabulary vocabulary)
    {
        outcome = WithArticleAfterAs(outcome, vocabulary);
        var words = GoalWords.Split(outcome);
        if (words.Count < 2 || !vocabulary.Verbs.Contains(words[0].Text)) return outcome;
        if (vocabulary.Determiners.Contains(words[1].Text) || words[1].IsNumber) return outcome;
        var objectStart = words[1].Start;
        int objectEnd;
        var jobAt = -1;
        for (var i = 1; i < words.Count && i <= 6; i++)
        {
            if (vocabulary.JobNouns.Contains(words[i].Text) && !words[i].Text.EndsWith('s')) { jobAt = i; break; }
            if (vocabulary.Verbs.Contains(words[i].Text) && i > 1 || vocabulary.Determiners.Contains(words[i].Text)) break;
        }
        var kindBefore = jobAt > 0 ? KindAt(words, 1, vocabulary) : null;
        (string Spelled, int Count)? kindAfter = null;
        if (jobAt > 0)
        {
            objectEnd = words[jobAt].End;
            kindAfter = KindAt(words, jobAt + 1, vocabulary);
        }
        else if (words[0].Text == "become" && vocabulary.Careers.FindRoles(outcome) is [var role, ..] && RoleStartsAt(words, 1, role, vocabulary))
            objectEnd = role.End;
        else
            return outcome;

        var noun = outcome[objectStart..objectEnd];
        var rest = outcome[objectEnd..];
        string? kind = null;
        if (kindBefore is { } before)
        {
            // "part time accountant job": the kind already in front, spelled the coach's way.
            kind = before.Spelled;
            noun = outcome[words[1 + before.Count].Start..objectEnd];
        }
        else if (kindAfter is { } after)
        {
            kind = after.Spelled;
            rest = outcome[words[jobAt + after.Count].End..];
        }
        var phrase = kind is null ? noun : kind + " " + noun;
        return outcome[..objectStart] + CareerVocabulary.WithArticle(phrase) + rest;
    }

    private static (string Spelled, int Count)? KindAt(List<GoalWord> words, int at, GoalVocabulary vocabulary)
    {
        foreach (var (written, spelled) in vocabulary.JobKinds)
            if (CareerVocabulary.MatchesAt(words, at, written)) return (spelled, written.Length);
        return null;
    }

    /// <summary>The role starts right at the word, or after level words only ("senior accountant").</summary>
    private static bool RoleStartsAt(List<GoalWord> words, int at, RoleMention role, GoalVocabulary vocabulary)
    {
        for (var i = at; i < words.Count && words[i].Start <= role.Start; i++)
        {
            if (words[i].Start == role.Start) return true;
            if (!vocabulary.Careers.IsLevel(words[i].Text)) return false;
        }
        return false;
    }

    /// <summary>"get hired as data analyst" -> "get hired as a data analyst": a role after "as" takes its article.</summary>
    private static string WithArticleAfterAs(string outcome, GoalVocabulary vocabulary)
    {
        var words = GoalWords.Split(outcome);
        var at = words.FindIndex(w => w.Text == "as");
        if (at < 1 || at + 1 >= words.Count || vocabulary.Determiners.Contains(words[at + 1].Text)) return outcome;
        var roles = vocabulary.Careers.FindRoles(outcome[words[at + 1].Start..]);
        if (roles is not [var role, ..] || !RoleStartsAt(GoalWords.Split(outcome[words[at + 1].Start..]), 0, role, vocabulary)) return outcome;
        // "work as engineers": a plural takes no article.
        var written = outcome[words[at + 1].Start..][role.Start..role.End];
        if (written.EndsWith('s') && !role.Role.Name.EndsWith('s')) return outcome;
        return outcome[..words[at + 1].Start] + CareerVocabulary.WithArticle(outcome[words[at + 1].Start..]);
    }
}
