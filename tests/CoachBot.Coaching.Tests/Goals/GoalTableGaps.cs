namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// The goal-table checks the rules of round one do not pass yet, per test, each with the reason (a date the
/// recognizer of issue 11 does not read yet, an expectation of the table the method disputes, or an open gap of these
/// rules). A listed check must still fail: when a fix makes it pass, its test fails and says to remove it here, so the
/// list can only shrink. Every other item must pass.
/// </summary>
internal static class GoalTableGaps
{
    private static readonly Dictionary<string, Dictionary<string, string>> Open = new(StringComparer.Ordinal)
    {
        ["EachLetterIsJudgedAsTheTableSays"] = new(StringComparer.Ordinal)
        {
            ["g18"] = "'get into cybersecurity': the table reads a field move without a role as a direction; the rules count the named field",
            ["g51"] = "'leave by 6pm at least 4 days a week' is not read as the measure of 'work less overtime'",
            ["g54"] = "'so I have something to show' is not read as a reason; 'promotion case' counted as a finish line",
        },
        ["TheDeadlineIsTheOneTheUserWrote"] = new(StringComparer.Ordinal)
        {
            ["g44"] = "'before June' means 31 May (table right): the rules read the month's last day",
            ["g63"] = "'Q3 planning': a quarter used as a noun is read as the deadline",
            ["g65"] = "a long story before the goal: 'laid off in October' is read as the deadline, and the main clause is the story",
        },
        ["TheStatementIsASentenceWithTheOutcomeTheTableExpects"] = new(StringComparer.Ordinal)
        {
            ["g05"] = "'wanna be a product manager': outcome or keyWords differ",
            ["g12"] = "statement or plan carries a fragment the table forbids",
            ["g32"] = "keyWords: 'cert' is kept as written, the table spells out 'certification'",
            ["g47"] = "'by the end of summer': seasons (issue 11); the salary finish line is not read as a measure yet",
            ["g49"] = "'do the CFA level 1': the rules keep 'do', the table writes 'take ... exam'",
            ["g50"] = "'by next summer': seasons are not read yet by the date recognizer (issue 11); 'get to B2' is no verb phrase the rules know",
            ["g51"] = "'leave by 6pm at least 4 days a week' is not read as the measure of 'work less overtime'",
            ["g57"] = "'apply to 5 jobs a week until I get an offer': the table rewrites to 'get a job offer'",
            ["g63"] = "'Q3 planning': a quarter used as a noun is read as the deadline",
            ["g65"] = "a long story before the goal: 'laid off in October' is read as the deadline, and the main clause is the story",
            ["g66"] = "a long unsure message: the main clause is not the certificate",
        },
        ["TheTemplateFitsTheGoal"] = new(StringComparer.Ordinal)
        {
            ["g20"] = "'be a better leader' (vague) gets roleChange; the table says learnSkill",
            ["g50"] = "'by next summer': seasons are not read yet by the date recognizer (issue 11); 'get to B2' is no verb phrase the rules know",
        },
        ["TheUsersMilestonesBecomeDatedStepsAndNoFragmentReachesThePlan"] = new(StringComparer.Ordinal)
        {
            ["g12"] = "statement or plan carries a fragment the table forbids",
            ["g68"] = "'30.09.2027': dotted day-first dates are Invalid in the en-US recognizer (issue 11); the milestones hang on it",
            ["g69"] = "'Step 1/2/3' milestones: 'do the course in March' is not read as a dated milestone",
            ["g70"] = "disputed Achievable ('Sunday mornings' without confidence); 'first draft' milestone gets no 'write'",
            ["g72"] = "disputed Achievable (confidence 7, no time); 'May-June' range not read (issue 11); 'return to nursing' measure",
        },
    };

    /// <summary>Runs the check: it must pass, or, for a listed gap, still fail.</summary>
    public static void Check(string test, string id, Action check)
    {
        if (!(Open.TryGetValue(test, out var gaps) && gaps.TryGetValue(id, out var reason)))
        {
            check();
            return;
        }
        try
        {
            check();
        }
        catch (Xunit.Sdk.XunitException)
        {
            return; // still open, as listed: {reason}
        }
        Assert.Fail($"{test}({id}) passes now: remove it from GoalTableGaps ({reason}).");
    }

    public static int Count => Open.Values.Sum(g => g.Count);
}
