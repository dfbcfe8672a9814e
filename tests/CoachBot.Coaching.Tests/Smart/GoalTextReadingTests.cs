using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Smart;

/// <summary>
/// The analyzer keeps what it read from a goal text (GoalTextReading): the same text analyzed again must still be
/// judged against its own day, zone, profile and answers, never against what an earlier call had.
/// </summary>
public sealed class GoalTextReadingTests
{
    private const string Goal = "become a team lead by end of next year";

    private static SmartAnalysis Analyze(DateTimeOffset now, TimeZoneInfo zone, Profile? profile = null, string? measure = null, int? confidence = null) =>
        SmartAnalyzer.Analyze(new SmartInput(Goal, profile ?? new Profile(), now, zone, Confidence: confidence, Measure: measure));

    [Fact]
    public void TheSameGoalReadOnALaterDayResolvesItsDeadlineFromThatDay()
    {
        var lastDay = Analyze(new DateTimeOffset(2027, 12, 31, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        var nextDay = Analyze(new DateTimeOffset(2028, 1, 1, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2028, 12, 31), lastDay.Deadline);
        Assert.Equal(new DateOnly(2029, 12, 31), nextDay.Deadline);
    }

    [Fact]
    public void TheSameGoalAtTheSameMomentInAZoneWhereItIsTomorrowReadsTomorrowsDeadline()
    {
        var now = new DateTimeOffset(2027, 12, 31, 20, 0, 0, TimeSpan.Zero);
        var inLondon = Analyze(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var inAuckland = Analyze(now, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")); // already 1 January 2028
        Assert.Equal(new DateOnly(2028, 12, 31), inLondon.Deadline);
        Assert.Equal(new DateOnly(2029, 12, 31), inAuckland.Deadline);
    }

    [Fact]
    public void TheSameGoalIsJudgedOnEachCallsProfileAndAnswers()
    {
        var now = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        var plain = Analyze(now, TimeZoneInfo.Utc);
        var leader = Analyze(now, TimeZoneInfo.Utc, new Profile { Vision5Years = "leading a team of my own" }, confidence: 4);
        var again = Analyze(now, TimeZoneInfo.Utc);
        Assert.False(plain.Relevant.Met);
        Assert.True(leader.Relevant.Met);
        Assert.Equal(SmartReason.LowConfidence, leader.Achievable.Reason);
        Assert.Equal(SmartReason.AskConfidenceAndTime, again.Achievable.Reason);
        Assert.False(again.Relevant.Met);
    }
}
