using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

public sealed class SelfAssessmentTests
{
    [Fact]
    public async Task AGoalTypedAtTheSavedLinesOfferStartsThatGoalInsteadOfBeingLost()
    {
        // Ken, round ten's terminal: "Teach one course per semester ... by 30.06.2030." at "Shall we turn an ambition into a
        // SMART goal now?" was taken as a yes, and the goal question followed as if he had said nothing.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        var reply = await chat.SayAsync("skip");
        for (var i = 0; i < 15 && !reply.Text.Contains(Says(AssessmentTexts.Confirm), StringComparison.Ordinal); i++) reply = await chat.SayAsync("skip");
        (await chat.SayAsync("yes")).AssertContains(Says(AssessmentTexts.Saved));
        var goal = await chat.SayAsync("Teach one course per semester at the technical college by 30.06.2030.");
        goal.AssertContains("one course per semester", Says(GoalTexts.AskConfidence)).AssertNotContains(Says(GoalTexts.AskGoal));
    }

    [Fact]
    public async Task AFullRunReadsListsGenerouslyAndEndsWithAConfirmedProfile()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("self-assessment")).AssertContains(Says(AssessmentTexts.Intro), Says("assessment.ask.strengths"));
        (await chat.SayAsync("explaining things, writing and organising")).AssertContains(Says("assessment.ask.growth"));
        (await chat.SayAsync("- public speaking\n- delegation")).AssertContains(Says("assessment.ask.interests"));
        (await chat.SayAsync("data; teaching; open source")).AssertContains(Says("assessment.ask.values"), "1. Work-life balance");
        (await chat.SayAsync("2, purpose and Family")).AssertContains(Says("assessment.ask.environment"));
        (await chat.SayAsync("Small remote team")).AssertContains(Says("assessment.ask.skills"));
        (await chat.SayAsync("Python 4, SQL: 2, public speaking (3/5), Excel")).AssertContains("Excel", Says("assessment.ask.transferable"));
        (await chat.SayAsync("1, 3, leadrship")).AssertContains(Says("assessment.ask.role"));
        (await chat.SayAsync("Data analyst at a retailer")).AssertContains(Says("assessment.ask.vision5"));
        (await chat.SayAsync("Leading a data team")).AssertContains(Says("assessment.ask.vision10"));
        (await chat.SayAsync("Head of analytics")).AssertContains(Says("assessment.ask.outside"));
        var summary = await chat.SayAsync("skip");
        summary.AssertContains(Says(AssessmentTexts.SummaryTitle), "Advancement, Purpose, Family", "Python 4/5", Says(AssessmentTexts.Confirm));
        (await chat.SayAsync("yes")).AssertContains(Says(AssessmentTexts.Saved));
        // The saved line asks about a goal; a "yes" starts it (a nurse's "yes" here got "I read 'yes', but I'm not sure").
        await chat.SayAsync("yes");
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == CoachBot.Coaching.Dialogs.GoalDialog.DialogId);

        var profile = (await StateAsync(chat)).Profile;
        Assert.Equal(["explaining things", "writing", "organising"], profile.Strengths);
        Assert.Equal(["public speaking", "delegation"], profile.GrowthAreas);
        Assert.Equal(["data", "teaching", "open source"], profile.Interests);
        // Picked values are kept by their keys; a value in the user's own words has none.
        Assert.Equal(["advancement", "purpose", null], profile.Values.Select(v => v.Key));
        Assert.Equal("Family", profile.Values[2].Text);
        Assert.Equal([new SkillRating("Python", 4), new SkillRating("SQL", 2), new SkillRating("public speaking", 3), new SkillRating("Excel", 3)], profile.Skills);
        Assert.Equal(["communication", "problemSolving", "leadership"], profile.TransferableSkills.Select(v => v.Key));
        Assert.Equal("Data analyst at a retailer", profile.CurrentRole);
        Assert.Equal("Head of analytics", profile.Vision10Years);
        Assert.True(profile.Confirmed);
    }

    [Fact]
    public async Task TheIntroSaysHowManyQuestionsAreAskedAndAsManyAre()
    {
        // A terminal try: the intro said "about ten short questions", and more came.
        var chat = Start();
        await chat.JoinAsync();
        var intro = await chat.SayAsync("self-assessment");
        var asked = 1;
        // Each answer brings the next question, until the summary asks whether it looks right.
        while (!(await chat.SayAsync("skip")).Contains(Says(AssessmentTexts.Confirm))) asked++;
        Assert.Equal(AssessmentParts.All.Count, asked);
        intro.AssertContains("I'll ask " + AssessmentParts.CountInWords("en-US") + " short questions").AssertNotContains("about ten");
        Assert.Equal("eleven", AssessmentParts.CountInWords("en-US"));
    }

    [Fact]
    public async Task AThirdUnreadableAnswerLeavesTheQuestionSayingHowToComeBack()
    {
        // A terminal try: after three answers it could not read, the question was gone with a vague "any time".
        var chat = await AtQuestion(AssessmentParts.Interests);
        await chat.SayAsync("asdf");
        await chat.SayAsync("qwer");
        (await chat.SayAsync("zxcv")).AssertContains(Says(AssessmentTexts.GaveUp), "\"edit interests\"", Says("assessment.ask.values"))
            .AssertNotContains(Says(BotFramework.Dialogs.DialogTexts.GaveUp));
        Assert.Empty((await StateAsync(chat)).Profile.Interests);
    }

    [Theory]
    [InlineData(AssessmentParts.Strengths, "money is tight right now so i need something that pays", "money", "salary")]
    [InlineData(AssessmentParts.Skills, "honestly i cant afford to take a pay cut", "money", "salary")]
    [InlineData(AssessmentParts.Strengths, "i have two kids so i can only work part time", "time", "flexibility")]
    public async Task AWorryOrAConstraintIsNoStrengthItIsHeardAndTheQuestionAskedAgain(string part, string said, string constraint, string value)
    {
        // A terminal try: "money is tight right now so i need something that pays" was kept as a strength ("Thanks, noted.").
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says($"assessment.constraints.{constraint}.heard"), Says(AssessmentTexts.ConstraintNotAnswer),
            Says("assessment.ask." + part)).AssertNotContains(Says("assessment.hear.thanks"));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Strengths);
        Assert.Empty(profile.Skills);
        Assert.Equal([value], profile.Values.Select(v => v.Key));
    }

    [Fact]
    public async Task AStrengthSaidWithAConstraintIsKeptWithoutIt()
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync("organising things, but money is tight so i need something that pays"))
            .AssertContains(Says("assessment.constraints.money.heard"), Says("assessment.ask.growth"));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Equal(["organising things"], profile.Strengths);
        Assert.Equal(["salary"], profile.Values.Select(v => v.Key));
    }

    [Theory]
    [InlineData("negotiating salaries, budgeting")]
    [InlineData("paying attention to detail")]
    public async Task MoneyWordsInAStrengthAreNoConstraint(string said)
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync(said)).AssertContains(Says("assessment.ask.growth")).AssertNotContains(Says(AssessmentTexts.ConstraintNotAnswer));
        Assert.NotEmpty((await StateAsync(chat)).Profile.Strengths);
        Assert.Empty((await StateAsync(chat)).Profile.Values);
    }

    [Fact]
    public async Task AnOutsideAnswerWithNothingOutsideInItIsNotNoted()
    {
        // A terminal try: "health informatics analyst" at the outside question got "Thanks, noted." and nothing was kept.
        var chat = await AtQuestion(AssessmentParts.Outside);
        (await chat.SayAsync("health informatics analyst")).AssertContains(Says(Assessment.Hearing.OutsideNothing))
            .AssertNotContains(Says(Assessment.Hearing.Thanks));
        Assert.True((await StateAsync(chat)).Profile.Outside.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void TheCommandNamedToComeBackToAPartRedoesThatPart(string part)
    {
        var said = Texts.Get(AssessmentTexts.EditCommand(part), "en-US");
        var command = CoachBot.Coaching.Commands.CommandRecognizer.Recognize(Texts, said, "en-US");
        Assert.Equal(CoachBot.Coaching.Commands.CoachCommandKind.EditProfilePart, command?.Kind);
        Assert.Equal(part, command!.Part);
    }

    public static TheoryData<string> Parts => [.. AssessmentParts.All];

    [Theory]
    [InlineData(AssessmentParts.Skills, "yes")]
    [InlineData(AssessmentParts.Strengths, "ok sure")]
    [InlineData(AssessmentParts.Growth, "nope")]
    public async Task ABareYesOrNoIsNoAnswerAndNothingIsKept(string part, string said)
    {
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.YesNoIsNoAnswer), Says("assessment.ask." + part));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Skills);
        Assert.Empty(profile.Strengths);
        Assert.Empty(profile.GrowthAreas);
    }

    [Theory]
    [InlineData(AssessmentParts.Skills, "by next summer")]
    [InlineData(AssessmentParts.Strengths, "next month probably")]
    [InlineData(AssessmentParts.Role, "by june")]
    public async Task AnAnswerThatIsOnlyADateIsNoAnswerAndNothingIsKept(string part, string said)
    {
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.DateIsNoAnswer), Says("assessment.ask." + part))
            .AssertNotContains("3 out of 5", "3/5");
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Skills);
        Assert.Empty(profile.Strengths);
        Assert.True(string.IsNullOrEmpty(profile.CurrentRole));
    }

    [Theory]
    [InlineData(AssessmentParts.Role, "im an accountant, 6 years, kinda burnt out tbh", "starting point: accountant, 6 years", "exhaustion", "assessment.ask.vision5")]
    [InlineData(AssessmentParts.Strengths, "completely burnt out lately, but im good with numbers", "numbers", "exhaustion", "assessment.ask.growth")]
    public async Task AnAnswerBesideAFeelingIsKeptAfterTheFeelingIsHeard(string part, string said, string kept, string feeling, string next)
    {
        // A new user's try: the burnout was heard, the role said with it dropped and asked for again.
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says("feelings.feelings." + feeling + ".heard"), kept, Says(next));
        var json = (await chat.Store.ReadAsync(chat.UserKey, CancellationToken.None))!.Json;
        Assert.Contains(kept.Split(": ")[^1], json, StringComparison.Ordinal);
        Assert.DoesNotContain("burnt", json, StringComparison.Ordinal);
        Assert.DoesNotContain("exhausted", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AssessmentParts.Role, "im an accountant, 6 years", "accountant, 6 years")]
    [InlineData(AssessmentParts.Vision5, "leading a small analytics team maybe", "leading a small analytics team")]
    [InlineData(AssessmentParts.Environment, "honestly quiet, hybrid, small team tbh", "quiet, hybrid, small team")]
    public async Task WhatTheSummaryShowsIsWhatWasSaidBackNotTheLeadInsAndHedges(string part, string said, string kept)
    {
        var chat = await AtQuestion(part);
        await chat.SayAsync(said);
        var profile = (await StateAsync(chat)).Profile;
        Assert.Equal(kept, part switch
        {
            AssessmentParts.Role => profile.CurrentRole,
            AssessmentParts.Vision5 => profile.Vision5Years,
            _ => profile.WorkEnvironment,
        });
    }

    [Fact]
    public async Task AnOwnValueIsKeptWithoutLol()
    {
        var chat = await AtQuestion(AssessmentParts.Values);
        await chat.SayAsync("stability, not being bored lol");
        Assert.Contains((await StateAsync(chat)).Profile.Values, v => v.Text == "not being bored");
    }

    [Fact]
    public async Task AFeelingAloneAtTheRoleQuestionKeepsTheQuestionOpen()
    {
        var chat = await AtQuestion(AssessmentParts.Role);
        (await chat.SayAsync("honestly im so burnt out")).AssertContains(Says("feelings.feelings.exhaustion.heard"), Says("assessment.ask.role"));
        Assert.True(string.IsNullOrEmpty((await StateAsync(chat)).Profile.CurrentRole));
    }

    [Fact]
    public async Task HoursAtTheRoleQuestionAreKeptForThePlanNotAsTheRole()
    {
        var chat = await AtQuestion(AssessmentParts.Role);
        (await chat.SayAsync("maybe 6 hours a week")).AssertContains(Says(AssessmentTexts.TimeIsNoAnswer), "(6 hours a week)", Says("assessment.ask.role"))
            .AssertNotContains("starting point");
        var state = await StateAsync(chat);
        Assert.True(string.IsNullOrEmpty(state.Profile.CurrentRole));
        Assert.Equal(6m, state.WeeklyHours);
        (await chat.SayAsync("none right now, i was home with my kids")).AssertContains(Says("assessment.ask.vision5"));
    }

    /// <summary>Hours said first, then a few words on the week around them (Marcus and Mei in tests/transcripts/*-2026-12-03.txt):
    /// the time they have, not a role or a value (before: "Got it, your starting point: 6 hour a week when kids in school").</summary>
    [Theory]
    [InlineData(AssessmentParts.Role, "maybe 6 hour a week when kids in school", 6)]
    [InlineData(AssessmentParts.Role, "4 hours a week, it's hard with the shifts and the kids but I'll find the time", 4)]
    [InlineData(AssessmentParts.Values, "i can do maybe 4 hours a week, it's hard with the shifts and the kids but I'll find the time", 4)]
    public async Task HoursWithAStoryAroundThemAreKeptForThePlanNotAsTheAnswer(string part, string said, int hours)
    {
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.TimeIsNoAnswer), Says("assessment.ask." + part))
            .AssertNotContains("starting point", "matters most to you, then");
        var state = await StateAsync(chat);
        Assert.True(string.IsNullOrEmpty(state.Profile.CurrentRole));
        Assert.Empty(state.Profile.Values);
        Assert.Equal(hours, state.WeeklyHours);
    }

    /// <summary>A nurse got "That sounds like where you want to go rather than where you are now" and the question again.</summary>
    [Fact]
    public async Task TheRoleTodayBeforeAnAimIsTheAnswerAndTheAimIsKeptForTheGoal()
    {
        var chat = await AtQuestion(AssessmentParts.Role);
        (await chat.SayAsync("nurse in the intensive care unit, i want to move into health informatics")).AssertContains(Says("assessment.ask.vision5"))
            .AssertNotContains(Says(AssessmentTexts.RoleIsAim));
        var state = await StateAsync(chat);
        Assert.Equal("nurse in the intensive care unit", state.Profile.CurrentRole, ignoreCase: true);
        Assert.Contains("health informatics", state.LaterOffer?.GoalText ?? "");
    }

    /// <summary>A nurse's answer to the wrong question got "I put a hospital or clinic, hybrid would be perfect at 3 out of 5".</summary>
    [Theory]
    [InlineData("a hospital or clinic, hybrid would be perfect")]
    [InlineData("in the hospital mostly, night shifts for many years")]
    public async Task NothingThatReadsAsASkillIsNotRatedInTheirName(string said)
    {
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.NoSkillsRead), Says("assessment.ask.skills"))
            .AssertNotContains("3 out of 5");
        Assert.Empty((await StateAsync(chat)).Profile.Skills);
    }

    [Fact]
    public async Task ASentenceBesideRatedSkillsIsNotKeptAsASkill()
    {
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync("patient care 5, excel 2, and honestly i would like to learn much more about data")).AssertContains(Says("assessment.ask.transferable"));
        Assert.Equal(["patient care", "excel"], (await StateAsync(chat)).Profile.Skills.Select(s => s.Name.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(AssessmentParts.Environment, "1, 3")]
    [InlineData(AssessmentParts.Role, "1, 2")]
    [InlineData(AssessmentParts.Strengths, "3")]
    public async Task OnlyNumbersWhereNoListWasShownAreNoAnswer(string part, string said)
    {
        var chat = await AtQuestion(part);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.NumbersIsNoAnswer), Says("assessment.ask." + part))
            .AssertNotContains("best work: " + said, "starting point: " + said);
        var profile = (await StateAsync(chat)).Profile;
        Assert.True(string.IsNullOrEmpty(profile.WorkEnvironment) && string.IsNullOrEmpty(profile.CurrentRole) && profile.Strengths.Count == 0);
    }

    [Theory]
    [InlineData(AssessmentParts.Strengths, "idk lol")]
    [InlineData(AssessmentParts.Growth, "dunno tbh")]
    [InlineData(AssessmentParts.Environment, "idk tbh")]
    public async Task OnlyIdkIsLeftOpenNotKeptOrSaidBack(string part, string said)
    {
        var chat = await AtQuestion(part);
        var reply = await chat.SayAsync(said);
        reply.AssertContains(Says(AssessmentTexts.UnsureLeftOut), Says("assessment.ask." + AssessmentParts.After(part)))
            .AssertNotContains("include " + said, "grow in " + said, "best work: " + said);
        var profile = (await StateAsync(chat)).Profile;
        Assert.True(profile.Strengths.Count == 0 && profile.GrowthAreas.Count == 0 && string.IsNullOrEmpty(profile.WorkEnvironment));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("no never")]
    public async Task NoAtTheOutsideQuestionMeansNoneAndTheSummaryFollows(string said)
    {
        var chat = await AtQuestion(AssessmentParts.Outside);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.OutsideNone), Says(AssessmentTexts.SummaryTitle))
            .AssertNotContains(Says(AssessmentTexts.YesNoIsNoAnswer));
        Assert.True((await StateAsync(chat)).Profile.Outside.IsEmpty);
    }

    [Fact]
    public async Task NoIdeaAtTheVisionIsStillExplored()
    {
        var chat = await AtQuestion(AssessmentParts.Vision5);
        (await chat.SayAsync("no idea")).AssertContains(Says(AssessmentTexts.ExploreIntro));
    }

    [Fact]
    public async Task ARemoteDeveloperRoleAtTheEnvironmentIsHeardAsRemoteAndTheRoleLeftForTheGoal()
    {
        var chat = await AtQuestion(AssessmentParts.Environment);
        (await chat.SayAsync("a remote developer role"))
            .AssertContains(Says(AssessmentTexts.EnvironmentWithJob), Says("assessment.ask.skills"))
            .AssertNotContains(Says(AssessmentTexts.EnvironmentIsJob));
        Assert.Equal("remote", (await StateAsync(chat)).Profile.WorkEnvironment);
    }

    [Fact]
    public async Task AJobWantedAtTheCurrentRoleIsAnAimNotTheRoleHeld()
    {
        var chat = await AtQuestion(AssessmentParts.Role);
        (await chat.SayAsync("i want an admin assistant job")).AssertContains(Says(AssessmentTexts.RoleIsAim), Says("assessment.ask.role"));
        Assert.True(string.IsNullOrEmpty((await StateAsync(chat)).Profile.CurrentRole));
        (await chat.SayAsync("i work as an admin assistant")).AssertContains(Says("assessment.ask.vision5"));
        Assert.False(string.IsNullOrEmpty((await StateAsync(chat)).Profile.CurrentRole));
    }

    [Fact]
    public async Task MoreThanThreeValuesAreRankedToTheTopThree()
    {
        var chat = await AtQuestion(AssessmentParts.Values);
        (await chat.SayAsync("salary, learning, autonomy, purpose, stability")).AssertContains(Says(AssessmentTexts.RankValues));
        (await chat.SayAsync("purpose, autonomy and learning")).AssertContains(Says("assessment.ask.environment"));
        Assert.Equal(["purpose", "autonomy", "learning"], (await StateAsync(chat)).Profile.Values.Select(v => v.Key));
    }

    [Fact]
    public async Task SkipNotSureAndBackWorkAtEveryQuestion()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        (await chat.SayAsync("skip")).AssertContains(Says("assessment.ask.growth"));
        (await chat.SayAsync("not sure")).AssertContains(Says("assessment.ask.interests"));
        (await chat.SayAsync("back")).AssertContains(Says("assessment.ask.growth"));
        (await chat.SayAsync("negotiation")).AssertContains(Says("assessment.ask.interests"));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Strengths);
        Assert.Equal(["negotiation"], profile.GrowthAreas);
    }

    [Fact]
    public async Task OnePartCanBeRedoneAloneAndTheSummaryFollows()
    {
        var chat = await AtQuestion(AssessmentParts.Environment);
        (await chat.SayAsync("edit strengths")).AssertContains(Says("assessment.ask.strengths"));
        var summary = await chat.SayAsync("mentoring, planning");
        summary.AssertContains(Says(AssessmentTexts.SummaryTitle), "mentoring, planning").AssertNotContains(Says("assessment.ask.growth"));
        (await chat.SayAsync("no")).AssertContains(Says(AssessmentTexts.WhichPart));
        (await chat.SayAsync("growth areas")).AssertContains(Says("assessment.ask.growth"));
        (await chat.SayAsync("patience")).AssertContains(Says(AssessmentTexts.Confirm));
        (await chat.SayAsync("yep")).AssertContains(Says(AssessmentTexts.Saved));
        Assert.Equal(["patience"], (await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Fact]
    public async Task ChoicesOnSlackComeAsHeroCardButtons()
    {
        var chat = Start(channel: Channels.Slack);
        await chat.JoinAsync();
        var confirm = await AnswerAll(chat);
        var buttons = confirm.Activities.Last().Attachments!.Single(a => a.ContentType == ContentTypes.HeroCard);
        Assert.Contains("Yes", buttons.Content!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂🙂")]
    [InlineData("   ")]
    public async Task AnswersWithoutWordsAreAskedAgainKindly(string answer)
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync(answer)).AssertContains(Says("assessment.ask.strengths"));
        Assert.Empty((await StateAsync(chat)).Profile.Strengths);
    }

    [Fact]
    public async Task AHugeAnswerIsRefusedWithItsLimitAndNothingIsStored()
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync(new string('a', 5000))).AssertContains("1000");
        Assert.Empty((await StateAsync(chat)).Profile.Strengths);
    }

    [Fact]
    public async Task AnotherLanguageHtmlAndControlCharactersAreKeptAsPlainText()
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync("Teamarbeit, <b>Geduld</b>\u0007 und Planung")).AssertContains(Says("assessment.ask.growth"));
        Assert.Equal(["Teamarbeit", "<b>Geduld</b> und Planung"], (await StateAsync(chat)).Profile.Strengths);
    }

    internal static async Task<TestSupport.ConversationTest> AtQuestion(string part)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        foreach (var earlier in AssessmentParts.All.TakeWhile(p => p != part)) await chat.SayAsync("skip");
        return chat;
    }

    private static async Task<TestSupport.TurnReplies> AnswerAll(TestSupport.ConversationTest chat)
    {
        await chat.SayAsync("self-assessment");
        TestSupport.TurnReplies last = null!;
        foreach (var _ in AssessmentParts.All) last = await chat.SayAsync("skip");
        return last;
    }
}
