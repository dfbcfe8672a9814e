using CoachBot.Coaching.Assessment;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>The insights that end the profile summary, from contrasting profiles; exploring with a user who doesn't know yet; outside results.</summary>
public sealed class ProfileInsightTests
{
    private static readonly AssessmentWords Words = new(Texts);

    private static List<string> Insights(Profile profile) =>
        ProfileInsights.For(profile, Words, said => Texts.Get(said.Key, "en-US", said.Args), CoachKnowledge.JoinList)
            .Select(said => Texts.Get(said.Key, "en-US", said.Args)).ToList();

    [Fact]
    public void ANurseAimingAtUxHearsHerServingStrengthsHerGapsAndAGoalForTheFirstGap()
    {
        var insights = Insights(new Profile
        {
            Strengths = ["communication", "user interviews"],
            GrowthAreas = ["prototyping"],
            Skills = [new SkillRating("Figma", 1), new SkillRating("user research", 4)],
            CurrentRole = "Nurse on a surgical ward",
            Vision5Years = "working as a UX designer at a health tech company",
        });
        Assert.Equal(3, insights.Count);
        Assert.Contains("user research", insights[0]);
        Assert.Contains("communication", insights[0]);
        Assert.Contains("UX designers", insights[0]);
        Assert.Contains("Figma (you rated it 1/5)", insights[1]);
        Assert.Contains("prototyping (you named it as a growth area)", insights[1]);
        Assert.Equal(Texts.Get(ProfileInsights.FirstGoalGap, "en-US", ("skill", "Figma")), insights[2]);
    }

    private static async Task<string> SummaryAfter(params string[] answers)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        TestSupport.TurnReplies last = null!;
        foreach (var answer in answers) last = await chat.SayAsync(answer);
        last.AssertContains(Says(AssessmentTexts.InsightsTitle));
        return last.Text[last.Text.IndexOf(Texts.Get(AssessmentTexts.InsightsTitle, "en-US"), StringComparison.Ordinal)..];
    }

    [Fact]
    public async Task ANurseMovingIntoHealthInformaticsHearsInsightsAboutThatMoveNotAboutDataAnalysts()
    {
        // A terminal try: "a health informatics analyst" was read as "a data analyst", and "Your communication already serve".
        var insights = await SummaryAfter(
            "caring for patients, staying calm under pressure, explaining things to families", "data skills, excel",
            "health tech, improving how hospitals use data", "stability, work-life balance", "steady pace, small team",
            "patient care 5, excel 2, sql 1, data analysis 1, communication 4", "communication, problem-solving, teamwork",
            "registered nurse on a surgical ward", "working as a health informatics analyst in a hospital", "leading a clinical informatics team", "skip");
        Assert.Contains("patient care", insights);
        Assert.Contains("health informatics analysts rely on", insights);
        Assert.Contains("SQL (you rated it 1/5)", insights);
        Assert.Contains("data analysis (you rated it 1/5)", insights);
        Assert.DoesNotContain("data analyst", insights.Replace("health informatics analyst", ""));
        Assert.DoesNotContain("founder", insights);
        Assert.Contains("A first goal could be: bring your", insights);
    }

    [Fact]
    public async Task ASalesRepWhoWantsToFoundAStartupButRatesRiskLowHearsThatTensionAndASmallFirstGoal()
    {
        var insights = await SummaryAfter(
            "talking to people, closing deals, persuading", "managing money, taking risks", "startups, building products",
            "freedom, autonomy", "fast paced, startup", "sales 4, negotiation 4, risk-taking 1, finance 1, product management 2",
            "communication, negotiation, leadership", "sales rep at a software company", "running my own startup as a founder",
            "founder of a successful company", "my manager says im great with clients");
        Assert.Contains("which founders rely on", insights);
        Assert.Contains("sales", insights);
        // Finance rated 1/5 is the founder's budgeting; the low comfort with risk is a tension, not one more gap.
        Assert.Contains("budgeting (you rated it 1/5)", insights);
        Assert.Contains(Says(ProfileInsights.SkillTensionText("riskTaking")), insights);
        Assert.DoesNotContain("risk-taking (you rated it", insights);
        Assert.Contains(Texts.Get(ProfileInsights.FirstGoalFor("riskTaking"), "en-US"), insights);
        Assert.DoesNotContain("patient care", insights);
        Assert.DoesNotContain("health", insights);
    }

    [Fact]
    public void AnAccountantPicturingAnAnalyticsTeamIsPointedAtDataWorkFirstNotAdmin()
    {
        // A new user's try: directions "admin assistant, data analyst and financial analyst", and a first goal to
        // chat with an admin assistant, for someone who pictured herself leading an analytics team.
        var insights = Insights(new Profile
        {
            Strengths = ["numbers", "excel", "patient"],
            GrowthAreas = ["sql", "speaking up in meetings"],
            Interests = ["data things", "patterns", "puzzles"],
            Skills = [new SkillRating("excel", 5), new SkillRating("sql", 2), new SkillRating("python", 1), new SkillRating("presenting", 3)],
            TransferableSkills = [new ProfileChoice("communication", "Communication"), new ProfileChoice("analysis", "Analysis")],
            CurrentRole = "accountant, 6 years",
            Vision5Years = "leading a small analytics team",
        });
        var directions = Assert.Single(insights, i => i.Contains("directions worth a look"));
        Assert.Contains(": data analyst", directions);
        Assert.DoesNotContain(insights, i => i.Contains("admin assistant"));
    }

    [Fact]
    public void ALeaderWhoValuesBalanceAndAimsAtDirectorHearsTheTension()
    {
        var insights = Insights(new Profile
        {
            Strengths = ["leading people", "strategy"],
            Values = [new ProfileChoice("workLifeBalance", "Work-life balance"), new ProfileChoice("salary", "Salary")],
            Skills = [new SkillRating("hiring", 4), new SkillRating("budgeting", 4), new SkillRating("people management", 4), new SkillRating("stakeholder management", 4)],
            Vision5Years = "engineering director at a scale-up",
        });
        Assert.Contains(insights, i => i.Contains("work-life balance") && i.Contains("engineering directors"));
        // No skill gap: the first goal is to talk to people in the role, not a course.
        Assert.Contains("engineering directors", insights[^1]);
        Assert.DoesNotContain(insights, i => i.Contains("rated it"));
    }

    [Fact]
    public void TheSameValueWithAnotherVisionHasNoTension()
    {
        var insights = Insights(new Profile
        {
            Strengths = ["writing"],
            Values = [new ProfileChoice("workLifeBalance", "Work-life balance")],
            Vision5Years = "technical writer",
        });
        Assert.DoesNotContain(insights, i => i.Contains("long hours"));
    }

    [Fact]
    public void WithoutATargetRoleTheInsightsPointAtDirectionsFromStrengths()
    {
        var insights = Insights(new Profile
        {
            Strengths = ["explaining things", "drawing"],
            TransferableSkills = [new ProfileChoice("communication", "Communication"), new ProfileChoice("creativity", "Creativity")],
            Interests = ["visual design", "user research"],
        });
        Assert.Contains(insights, i => i.Contains("designer"));
        Assert.DoesNotContain(insights, i => i.Contains("rated it"));
    }

    [Fact]
    public void AProfileThatSaysAlmostNothingGetsNoInsights() => Assert.Empty(Insights(new Profile { WorkEnvironment = "remote" }));

    [Fact]
    public void OutsideResultsBackTheStrengthsThatServeTheVision()
    {
        var profile = new Profile
        {
            Strengths = ["data analysis"],
            Outside = OutsideReader.Read("StrengthsFinder: Analytical, Learner, Achiever", Words),
            Vision5Years = "data analyst",
        };
        var insights = Insights(profile);
        Assert.Contains(Says(ProfileInsights.ServeBacked), insights[0]);
    }

    [Theory]
    [InlineData("My top 5 are Learner, Strategic, Input, Relator and Achiever. I'm an INTJ.", new[] { "Achiever", "Input", "Learner", "Relator", "Strategic" }, "INTJ", 0)]
    [InlineData("mbti enfp-t; my manager says I'm great at calming upset customers", new string[0], "ENFP-T", 1)]
    [InlineData("I need more focus and less context switching", new string[0], null, 0)]
    public void OutsideResultsAreReadFromTheUsersWords(string text, string[] themes, string? type, int feedback)
    {
        var read = OutsideReader.Read(text, Words);
        Assert.Equal(themes, read.Themes.Order());
        Assert.Equal(type, read.PersonalityType);
        Assert.Equal(feedback, read.Feedback.Count);
    }

    [Fact]
    public async Task AUserWhoDoesNotKnowYetGetsExploringQuestionsAndDirectionsThenPicksOne()
    {
        var chat = await ReflectiveListeningTests.AtQuestion(AssessmentParts.Strengths);
        await chat.SayAsync("explaining things, drawing");
        await chat.SayAsync("skip");
        await chat.SayAsync("visual design, psychology");
        foreach (var _ in AssessmentParts.All.SkipWhile(p => p != AssessmentParts.Values).TakeWhile(p => p != AssessmentParts.Vision5)) await chat.SayAsync("skip");
        var explore = await chat.SayAsync("idk, something in tech?");
        explore.AssertContains(Says(AssessmentTexts.ExploreIntro), Says(AssessmentTexts.ExploreQuestions), "UX designer", Says(AssessmentTexts.ExploreAsk))
            .AssertNotContains(Says("assessment.ask.vision10"));
        (await chat.SayAsync("the first one")).AssertContains(Says("assessment.ask.vision10"));
        Assert.Equal("UX designer", (await StateAsync(chat)).Profile.Vision5Years);
    }

    [Fact]
    public async Task NotKnowingTwiceMovesOnWithoutALoop()
    {
        var chat = await ReflectiveListeningTests.AtQuestion(AssessmentParts.Vision5);
        (await chat.SayAsync("no idea honestly")).AssertContains(Says(AssessmentTexts.ExploreAsk));
        (await chat.SayAsync("still no idea")).AssertContains(Says("assessment.ask.vision10"));
    }

    [Fact]
    public async Task OutsideResultsAreStoredShownInTheSummaryAndUsedInTheInsights()
    {
        var chat = await ReflectiveListeningTests.AtQuestion(AssessmentParts.Strengths);
        await chat.SayAsync("analysing data, explaining numbers");
        foreach (var _ in AssessmentParts.All.SkipWhile(p => p != AssessmentParts.Growth).TakeWhile(p => p != AssessmentParts.Vision5)) await chat.SayAsync("skip");
        await chat.SayAsync("a data analyst in healthcare");
        await chat.SayAsync("skip");
        var summary = await chat.SayAsync("StrengthsFinder: Analytical, Learner. I'm an ISTJ. My manager says I explain data clearly");
        summary.AssertContains("the StrengthsFinder themes Analytical and Learner", "ISTJ",
            Says(AssessmentTexts.SummaryTitle), "Analytical, Learner · ISTJ", Says(AssessmentTexts.InsightsTitle), "point the same way");
        var outside = (await StateAsync(chat)).Profile.Outside;
        Assert.Equal(["Analytical", "Learner"], outside.Themes);
        Assert.Equal("ISTJ", outside.PersonalityType);
        Assert.Single(outside.Feedback);
    }
}
