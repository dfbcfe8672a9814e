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
        new("", Empty, "TooShort NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("🚀🚀🚀", Empty, "TooShort NoMeasure AskConfidenceAndTime NoConnection NoDeadline"),
        new("promotion", Empty, "TooShort HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
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
        new("Get promoted", Empty, "TooShort HasFinishLine AskConfidenceAndTime NoConnection NoDeadline"),
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
        new("Become a team lead within a year", Empty, "ConcreteOutcome HasFinishLine NoTime NoConnection HasDeadline", Confidence: 8, Hours: 0, ExpectedDeadline: "2028-01-04"),
        new("Become a team lead within a year, I can give it 5 hours a week", Empty, "ConcreteOutcome HasFinishLine AskConfidenceAndTime NoConnection HasDeadline", ExpectedDeadline: "2028-01-04"),
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

    [Fact]
    public void TheCaseTableIsLargeEnough() => Assert.True(Cases.Count >= 40, $"only {Cases.Count} cases");

    private static bool MetBy(SmartReason reason) => reason is SmartReason.ConcreteOutcome or SmartReason.HasNumber
        or SmartReason.HasFinishLine or SmartReason.ConfidentWithTime or SmartReason.MatchesValue or SmartReason.MatchesVision
        or SmartReason.RelevanceGiven or SmartReason.HasDeadline;
}
