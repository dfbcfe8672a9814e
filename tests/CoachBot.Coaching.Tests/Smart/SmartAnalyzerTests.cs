using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Smart;

public sealed class SmartAnalyzerTests
{
    /// <summary>Fixed now: Monday 4 January 2027, UTC.</summary>
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly Profile Empty = new();

    private static readonly Profile Climber = new()
    {
        Values = ["Advancement", "Salary", "Work-life balance"],
        Vision5Years = "Leading a product team at a larger company",
        CurrentRole = "Software engineer",
    };

    private static readonly Profile Helper = new()
    {
        Values = ["Purpose", "Flexibility"],
        Vision5Years = "Working in healthcare, helping patients through technology",
    };

    private static readonly Profile Learner = new()
    {
        Values = ["Learning"],
        Skills = [new("Python", 2), new("SQL", 1), new("Communication", 4)],
        GrowthAreas = ["public speaking"],
    };

    private static readonly Profile Engineer = new() { Vision10Years = "Head of engineering at a scale-up" };
    private static readonly Profile Analyst = new() { CurrentRole = "Junior data analyst" };
    private static readonly Profile Balanced = new() { Values = ["Work-life balance"] };
    private static readonly Profile Earner = new() { Values = ["Money"] };
    private static readonly Profile Impact = new() { Values = ["Impact"] };

    public sealed record Case(
        string Goal,
        Profile Profile,
        string Expected,
        int? Confidence = null,
        decimal? Hours = null,
        string? Relevance = null,
        DateOnly? Deadline = null,
        string? ExpectedDeadline = null)
    {
        public override string ToString() => Goal.Length > 60 ? Goal[..60] + "..." : Goal;
    }

    // Expected: the reason per letter in S M A R T order; whether each is met follows from the reason (see MetBy).
    public static TheoryData<Case> Cases => new()
    {
        // Vague outcomes are not Specific.
        new("Get better at my job", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("advance my career", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("I want to be more successful", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("improve", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("Grow.", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("Do well this year", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-12-31"),
        new("be happy at work", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("I'd like to get ahead", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("Become a better manager", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("<b>get better</b> at **everything**", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        // Too short to say anything.
        // No goal at all (was judged as a too-short goal, and could be accepted): the reading says what it is instead.
        new("", Empty, "NotAGoal NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("🚀🚀🚀", Empty, "NotAGoal NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("promotion", Empty, "NoDestination HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
        // Concrete outcomes, finish lines and numbers.
        new("Land a job as a data analyst within 6 months", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-07-04"),
        new("Complete three leadership courses by end of March 2027", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-03-31"),
        new("Give 2 talks at meetups this year", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-12-31"),
        new("Grow my network to 10 people in fintech", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection NoDeadline"),
        new("Publish two articles on my blog by June 2027", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-06-30"),
        new("Read twelve books on leadership in 2027", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-12-31"),
        new("Increase my team's NPS by 20%", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection NoDeadline"),
        new("Find a mentor in product management by next month", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-02-28"),
        new("Start my own consultancy within 5 years", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2032-01-04"),
        new("Learn Python", Learner, "ConcreteOutcome NoMeasure ConfidentWithTime MatchesValue NoDeadline", Confidence: 7, Hours: 5),
        new("Get really good at public speaking", Empty, "ConcreteOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("Get promoted", Empty, "NoDestination HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
        // Typos.
        new("Earn my AWS certfication by September 2027", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-09-30"),
        new("lern pyhton", Empty, "ConcreteOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("get promted to team lead by December", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2027-12-31"),
        new("advence my carrer", Empty, "VagueOutcome NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        // Past and given deadlines.
        new("Pass the CPA exam by March 2026", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection PastDeadline"),
        new("Finish my MBA by June 1 2026", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection PastDeadline"),
        new("Finish my MBA", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection PastDeadline", Deadline: new DateOnly(2026, 12, 1)),
        new("Finish my MBA", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", Deadline: new DateOnly(2028, 6, 30), ExpectedDeadline: "2028-06-30"),
        new("Finish my MBA by January 4 2027", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection PastDeadline"),
        // All five in one go.
        new("Get promoted to senior manager by June 2027", Climber, "ConcreteOutcome HasFinishLine ConfidentWithTime MatchesValue HasDeadline", Confidence: 7, Hours: 4, ExpectedDeadline: "2027-06-30"),
        new("Earn the PMP certification within 6 months, I'm 8/10 confident and can study 5 hours a week", Learner,
            "ConcreteOutcome HasFinishLine ConfidentWithTime MatchesValue HasDeadline", ExpectedDeadline: "2027-07-04"),
        new("I'm 7/10 confident I can run a project at work by Q3; 3 hrs per week", Climber,
            "ConcreteOutcome NoMeasure ConfidentWithTime NoConnection HasDeadline", ExpectedDeadline: "2027-09-30"),
        new("Reach a salary of $90k by 2028, confidence seven out of ten, two hours a week", Climber,
            "ConcreteOutcome HasNumber ConfidentWithTime MatchesValue HasDeadline", ExpectedDeadline: "2028-12-31"),
        // Achievable: low confidence, missing time, words for numbers.
        new("Become a team lead within a year", Empty, "ConcreteOutcome HasFinishLine LowConfidence NoConnection HasDeadline", Confidence: 4, Hours: 3, ExpectedDeadline: "2028-01-04"),
        new("Become a team lead within a year, honestly I'm 3/10 confident", Empty, "ConcreteOutcome HasFinishLine LowConfidence NoConnection HasDeadline", ExpectedDeadline: "2028-01-04"),
        new("Become a team lead within a year", Empty, "ConcreteOutcome HasFinishLine NoTime NoConnection HasDeadline", Confidence: 8, ExpectedDeadline: "2028-01-04"),
        // 6 out of 10 is enough to go on, but lukewarm: "fairly sure", never "you sound confident".
        new("Become a team lead within a year", Empty, "ConcreteOutcome HasFinishLine FairlySureNoTime NoConnection HasDeadline", Confidence: 6, ExpectedDeadline: "2028-01-04"),
        new("Learn Python", Learner, "ConcreteOutcome NoMeasure FairlySureWithTime MatchesValue NoDeadline", Confidence: 6, Hours: 5),
        new("Become a team lead within a year", Empty, "ConcreteOutcome HasFinishLine NoTime NoConnection HasDeadline", Confidence: 8, Hours: 0, ExpectedDeadline: "2028-01-04"),
        new("Become a team lead within a year, I can give it 5 hours a week", Empty, "ConcreteOutcome HasFinishLine NoConfidence NoConnection HasDeadline", ExpectedDeadline: "2028-01-04"),
        new("Learn SQL, an hour a day, about 80% sure", Learner, "ConcreteOutcome NoMeasure ConfidentWithTime MatchesValue NoDeadline"),
        // Relevant: values with synonyms, vision, current role, given answers, misses.
        new("Get promoted to senior manager", Helper, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
        new("Move into the healthcare industry by 2028", Helper, "ConcreteOutcome NoMeasure AskConfidenceAndTime MatchesVision HasDeadline", ExpectedDeadline: "2028-12-31"),
        new("Get promoted to senior engineer", Engineer, "ConcreteOutcome HasFinishLine AskConfidenceAndTime MatchesVision NoDeadline"),
        new("Become a senior data analyst by 2028", Analyst, "ConcreteOutcome HasFinishLine AskConfidenceAndTime MatchesVision HasDeadline", ExpectedDeadline: "2028-12-31"),
        new("Lead a product team by 2029", Empty, "ConcreteOutcome NoMeasure AskConfidenceAndTime RelevanceGiven HasDeadline", Relevance: "It gets me closer to running my own team", ExpectedDeadline: "2029-12-31"),
        new("Lead a product team by 2029", Empty, "ConcreteOutcome NoMeasure AskConfidenceAndTime NoConnection HasDeadline", Relevance: "   ", ExpectedDeadline: "2029-12-31"),
        new("Work remotely three days a week by March 2027", Balanced, "ConcreteOutcome HasNumber AskConfidenceAndTime MatchesValue HasDeadline", ExpectedDeadline: "2027-03-31"),
        new("Ask for a raise of 10% at my review", Earner, "ConcreteOutcome HasNumber AskConfidenceAndTime MatchesValue NoDeadline"),
        new("Mentor 3 junior developers this year", Impact, "ConcreteOutcome HasNumber AskConfidenceAndTime MatchesValue HasDeadline", ExpectedDeadline: "2027-12-31"),
        new("Lead a team of 5 engineers", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection NoDeadline"),
        new("Attend 4 conferences a year", Empty, "ConcreteOutcome HasNumber AskConfidenceAndTime NoConnection NoDeadline"),
        new("Learn a second language by 2028", Empty, "ConcreteOutcome NoMeasure AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2028-12-31"),
        new("Become fluent in Spanish in 18 months", Learner, "ConcreteOutcome HasFinishLine AskConfidenceAndTime MatchesValue HasDeadline", ExpectedDeadline: "2028-07-04"),
        new("Get AWS certified", Climber, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void JudgesEachLetter(Case c)
    {
        var analysis = SmartAnalyzer.Analyze(new SmartInput(
            c.Goal, c.Profile, Now, TimeZoneInfo.Utc, "en-US", c.Confidence, c.Hours, c.Relevance, c.Deadline));

        var actual = string.Join(' ', analysis.Letters.Select(l => l.Reason));
        Assert.True(c.Expected == actual, $"expected {c.Expected}\n  actual {actual}\n  evidence: {string.Join(" | ", analysis.Letters.Select(l => $"{l.Letter}={l.Evidence}"))}");
        foreach (var letter in analysis.Letters)
            Assert.Equal(MetBy(letter.Reason), letter.Met);
        Assert.Equal(c.ExpectedDeadline, analysis.Deadline?.ToString("yyyy-MM-dd"));
        Assert.Equal(analysis.Letters.All(l => l.Met), analysis.AllMet);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReasonsThatQuoteTheGoalAlwaysHaveEvidence(Case c)
    {
        var analysis = Analyze(c);
        foreach (var letter in analysis.Letters)
            if (RepoDialogs.Texts.Get(SmartTexts.ReasonKey(letter.Reason)).Contains("{evidence}", StringComparison.Ordinal))
                Assert.False(string.IsNullOrWhiteSpace(letter.Evidence), $"{letter.Reason} without evidence");
    }

    [Theory]
    // The role is quoted with its level, so the feedback can say "you named the role (senior data analyst)".
    [InlineData("Get promoted to senior manager by June 2027", SmartLetter.Specific, "senior manager")]
    [InlineData("Become a senior data analyst", SmartLetter.Specific, "senior data analyst")]
    [InlineData("Get promoted to senior manager by June 2027", SmartLetter.Measurable, "promoted to senior manager")]
    [InlineData("Get promoted to senior manager by June 2027", SmartLetter.TimeBound, "June 2027")]
    [InlineData("Complete three leadership courses by end of March 2027", SmartLetter.Measurable, "three leadership courses")]
    [InlineData("Reach a salary of $90k by 2028", SmartLetter.Measurable, "$90k")]
    [InlineData("Increase my team's NPS by 20%", SmartLetter.Measurable, "20%")]
    [InlineData("Pass the CPA exam this year", SmartLetter.Measurable, "Pass the CPA exam")]
    [InlineData("advance my career", SmartLetter.Specific, "advance")]
    // Ken, round ten's terminal: "there's a number to count (one course per)".
    [InlineData("Teach one course per semester at the technical college by 30.06.2030.", SmartLetter.Measurable, "one course per semester")]
    public void EvidenceQuotesTheGoal(string goal, SmartLetter letter, string evidence)
    {
        var analysis = Analyze(new Case(goal, Climber, ""));
        Assert.Equal(evidence, analysis.Letters.Single(l => l.Letter == letter).Evidence);
    }

    [Fact]
    public void ValueEvidenceNamesTheValueWholeNotAFragmentOfTheGoal()
    {
        var analysis = Analyze(new Case("Get promoted to senior manager", Climber, ""));
        Assert.Equal("Advancement", analysis.Relevant.Evidence);
    }

    [Fact]
    public void AnswersWinOverTheText()
    {
        var analysis = Analyze(new Case("Learn SQL, I'm 8/10 confident, 5 hours a week", Empty, "", Confidence: 4, Hours: 2));
        Assert.Equal(4, analysis.Confidence);
        Assert.Equal(2m, analysis.HoursPerWeek);
        Assert.Equal(SmartReason.LowConfidence, analysis.Achievable.Reason);
    }

    [Theory]
    [InlineData("5 hours a week", 5)]
    [InlineData("two hours per week", 2)]
    [InlineData("an hour a day", 7)]
    [InlineData("30 minutes daily", 3.5)]
    [InlineData("1 hour each weekday", 5)]
    [InlineData("8 hours a month", 1.8)]
    [InlineData("3 hrs of practice per week", 3)]
    public void HoursAreReadPerWeek(string phrase, double perWeek)
    {
        var analysis = Analyze(new Case("Learn SQL for reporting, " + phrase, Empty, ""));
        Assert.Equal((decimal)perWeek, analysis.HoursPerWeek);
        Assert.Equal(SmartReason.NoDeadline, analysis.TimeBound.Reason);
    }

    [Theory]
    [InlineData("I'm 7/10 confident", 7)]
    [InlineData("confidence: 8 out of 10", 8)]
    [InlineData("six out of ten", 6)]
    [InlineData("about 90% sure", 9)]
    [InlineData("my confidence is 5", 5)]
    public void ConfidenceIsReadFromTheText(string phrase, int expected)
    {
        var analysis = Analyze(new Case("Learn SQL for reporting, " + phrase, Empty, ""));
        Assert.Equal(expected, analysis.Confidence);
        Assert.Equal(SmartReason.NoDeadline, analysis.TimeBound.Reason);
    }

    [Theory]
    [InlineData("Get promoted to senior manager", GoalType.Promotion)]
    [InlineData("Become a team lead", GoalType.Promotion)]
    [InlineData("Earn the PMP certification", GoalType.Certification)]
    [InlineData("get AWS certified to get promoted", GoalType.Certification)]
    [InlineData("Land a job as a data analyst", GoalType.JobSearch)] // was RoleChange: getting hired needs the job-search steps
    [InlineData("Become a UX designer", GoalType.RoleChange)]
    [InlineData("Move into the healthcare industry", GoalType.IndustryChange)]
    [InlineData("Change careers into teaching", GoalType.IndustryChange)]
    [InlineData("Learn Python", GoalType.LearnSkill)]
    [InlineData("Get better at public speaking", GoalType.LearnSkill)]
    [InlineData("Find a mentor", GoalType.Networking)]
    [InlineData("Grow my network on LinkedIn", GoalType.Networking)]
    [InlineData("Organize the yearly hackathon", GoalType.Generic)]
    [InlineData("", GoalType.Generic)]
    public void ClassifiesTheGoalType(string goal, GoalType expected) => Assert.Equal(expected, GoalClassifier.Classify(goal));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("👍🏽🔥💯")]
    [InlineData("Quiero ser gerente el próximo año")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("1/2/3/4/5 6-7-8 99999999999999999999999 $ % # c# --- 2027-02-30")]
    public void OddInputGivesAVerdictWithoutThrowing(string goal)
    {
        var analysis = Analyze(new Case(goal, Climber, ""));
        Assert.Equal(5, analysis.Letters.Count());
        Assert.False(analysis.AllMet);
    }

    [Fact]
    public void VeryLongInputIsAnalyzedQuickly()
    {
        var goal = string.Concat(Enumerable.Repeat("I want to get promoted to senior manager and learn Python by June 2027. ", 70));
        Assert.True(goal.Length > 5000);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var analysis = Analyze(new Case(goal, Climber, ""));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
        Assert.True(analysis.Specific.Met);
    }

    [Fact]
    public void TheDeadlineIsReadInTheUsersZone()
    {
        // 23:30 on Jan 4 in UTC is already Jan 5 in Tokyo: "tomorrow" is Jan 6 there.
        var late = new DateTimeOffset(2027, 1, 4, 23, 30, 0, TimeSpan.Zero);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var analysis = SmartAnalyzer.Analyze(new SmartInput("Send my application tomorrow", Empty, late, tokyo));
        Assert.Equal(new DateOnly(2027, 1, 6), analysis.Deadline);
    }

    private static SmartAnalysis Analyze(Case c) => SmartAnalyzer.Analyze(new SmartInput(
        c.Goal, c.Profile, Now, TimeZoneInfo.Utc, "en-US", c.Confidence, c.Hours, c.Relevance, c.Deadline));

    [Fact]
    public void TheCaseTableIsLargeEnough() => Assert.True(Cases.Count >= 40, $"only {Cases.Count} cases");

    private static bool MetBy(SmartReason reason) => reason is SmartReason.ConcreteOutcome or SmartReason.HasNumber
        or SmartReason.HasFinishLine or SmartReason.ConfidentWithTime or SmartReason.FairlySureWithTime or SmartReason.MatchesValue or SmartReason.MatchesVision
        or SmartReason.RelevanceGiven or SmartReason.HasDeadline;
}
