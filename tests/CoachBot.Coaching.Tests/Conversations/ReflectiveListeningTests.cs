using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Each self-assessment answer is acknowledged in the user's key phrase, cleaned; words it can't read are not echoed.</summary>
public sealed class ReflectiveListeningTests
{
    [Fact]
    public async Task AStrengthIsGivenBackWithoutItsLeadInAndInPlainerWords()
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        var reply = await chat.SayAsync("I'm good at explaining complex stuff to people");
        reply.AssertContains("explaining complex things to people", Says("assessment.ask.growth")).AssertNotContains("I'm good at", "stuff");
        Assert.Equal(["explaining complex things to people"], (await StateAsync(chat)).Profile.Strengths);
    }

    [Fact]
    public async Task AListOfGrowthAreasIsJoinedAsASentence()
    {
        var chat = await AtQuestion(AssessmentParts.Growth);
        (await chat.SayAsync("- public speaking\n- I want to get better at delegation"))
            .AssertContains("public speaking and delegation", Says("assessment.hear.growth"));
    }

    [Fact]
    public async Task PickedValuesAreGivenBackByTheirTitles()
    {
        var chat = await AtQuestion(AssessmentParts.Values);
        (await chat.SayAsync("2, purpose and my family")).AssertContains("advancement, purpose and my family");
    }

    [Fact]
    public async Task RatedSkillsAreSaidBackAsTheCoachReadThem()
    {
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync("Python 4, SQL: 2")).AssertContains("Python 4/5 and SQL 2/5");
    }

    [Theory]
    [InlineData("Teamarbeit, <b>Geduld</b> und Planung", "<b>")]
    [InlineData("see https://example.com/me for all of it", "example.com")]
    [InlineData("whatever my manager needs from me on any given day which changes all the time", "manager needs")]
    public async Task AnswersThatCannotBeReadCleanlyAreThankedNotEchoed(string answer, string notEchoed)
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        var reply = await chat.SayAsync(answer);
        reply.AssertContains(Says("assessment.hear.thanks"), Says("assessment.ask.growth"));
        Assert.DoesNotContain(reply.Activities.Take(reply.Activities.Count - 1), a => (a.Text ?? "").Contains(notEchoed));
    }

    [Fact]
    public async Task FillersAreLeftOutOfWhatIsKeptAndSaidBack()
    {
        var chat = await AtQuestion(AssessmentParts.Growth);
        var reply = await chat.SayAsync("public speaking lol, and excel");
        reply.AssertContains("public speaking and excel").AssertNotContains("lol", "and and");
        Assert.Equal(["public speaking", "excel"], (await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Theory]
    [InlineData("public speaking?? lol", new[] { "public speaking" })]
    [InlineData("maybe excel? idk", new[] { "excel" })]
    [InlineData("excel, maybe? and public speaking haha", new[] { "excel", "public speaking" })]
    [InlineData("um, like, public speaking??", new[] { "public speaking" })]
    [InlineData("hmm not sure, public speaking maybe", new[] { "public speaking" })]
    [InlineData("not sure tbh... maybe excel", new[] { "excel" })]
    [InlineData("public speaking, its terrifying lol", new[] { "public speaking" })]
    public async Task GrowthAreasAreKeptAsPhrasesWithoutFillersOrFeelings(string answer, string[] kept)
    {
        // A new user's try: "public speaking?? lol" was kept as "public speaking??", "um, like" as two growth areas,
        // and the plan then read "Build your public speaking?? skills".
        var chat = await AtQuestion(AssessmentParts.Growth);
        (await chat.SayAsync(answer)).AssertContains(Says("assessment.ask.interests")).AssertNotContains("lol", "??", "maybe", "tbh", "um,", "terrifying");
        Assert.Equal(kept, (await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Theory]
    [InlineData("does excel count?")]
    [InlineData("is public speaking ok?")]
    [InlineData("should i put public speaking?")]
    public async Task AQuestionAtTheGrowthQuestionIsAnsweredNotKept(string question)
    {
        var chat = await AtQuestion(AssessmentParts.Growth);
        (await chat.SayAsync(question)).AssertContains(Says("prompthelp.assessment.growth.any"), Says("assessment.ask.growth"))
            .AssertNotContains(Says("assessment.hear.growth"));
        Assert.Empty((await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Fact]
    public async Task AnUnsureWordIsNotKeptAsAnInterest()
    {
        var chat = await AtQuestion(AssessmentParts.Interests);
        (await chat.SayAsync("idk, something in tech?")).AssertContains("something in tech").AssertNotContains("idk");
        Assert.Equal(["something in tech"], (await StateAsync(chat)).Profile.Interests);
    }

    [Theory]
    [InlineData("no idea tbh")]
    [InlineData("honestly no clue")]
    [InlineData("dont know lol")]
    public async Task NotKnowingTheTenYearPictureKeepsNothingAndSaysThatIsFine(string said)
    {
        // A new user's try: "no idea tbh" was "And further out: no idea. Worth keeping in view." and kept as the vision.
        var chat = await AtQuestion(AssessmentParts.Vision10);
        (await chat.SayAsync(said)).AssertContains(Says(AssessmentTexts.UnsureLeftOut)).AssertNotContains("Worth keeping in view");
        Assert.True(string.IsNullOrEmpty((await StateAsync(chat)).Profile.Vision10Years));
    }

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("Sent from my iPhone")]
    [InlineData("lol")]
    public async Task NoiseIsNeitherKeptNorEchoedAndTheQuestionIsAskedAgain(string noise)
    {
        var chat = await AtQuestion(AssessmentParts.Vision5);
        var reply = await chat.SayAsync(noise);
        reply.AssertContains(Says("core.noiseText"), Says("assessment.ask.vision5"));
        Assert.DoesNotContain(reply.Activities, a => (a.Text ?? "").Contains(noise, StringComparison.OrdinalIgnoreCase));
        Assert.True(string.IsNullOrEmpty((await StateAsync(chat)).Profile.Vision5Years));
    }

    [Fact]
    public async Task ASkippedAnswerIsNotAcknowledged()
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync("skip")).AssertNotContains(Says("assessment.hear.thanks"), "strengths include");
    }

    [Theory]
    [InlineData(AssessmentParts.Growth, "i'm bad at excel", "excel")]
    [InlineData(AssessmentParts.Growth, "i'm not good at typing", "typing")]
    [InlineData(AssessmentParts.Growth, "i'm scared of video calls", "video calls")]
    [InlineData(AssessmentParts.Interests, "i like that i can help people", "i can help people")]
    [InlineData(AssessmentParts.Interests, "helping people and that", "helping people")]
    [InlineData(AssessmentParts.Strengths, "i think i'm good at listening", "listening")]
    [InlineData(AssessmentParts.Strengths, "forklifts, ppl mgmt", "forklifts and people management")]
    public async Task ALeadInIsDroppedFromWhatIsSaidBackAndKept(string part, string answer, string phrase)
    {
        var chat = await AtQuestion(part);
        var reply = await chat.SayAsync(answer);
        reply.AssertContains(phrase);
        var lead = answer[..answer.IndexOf(phrase.Split(' ')[0], StringComparison.Ordinal)].Trim();
        if (lead.Length > 0) reply.AssertNotContains(lead + " ");
    }

    [Theory]
    [InlineData("i am good with patients", "being good with patients")]
    [InlineData("i'm good with numbers", "being good with numbers")]
    [InlineData("Im really good with kids", "being good with kids")]
    [InlineData("good at talking to people", "talking to people")]
    [InlineData("people say i'm patient", "being patient")]
    [InlineData("apparently i'm a good listener", "being a good listener")]
    [InlineData("honestly i'm ok with numbers", "being comfortable with numbers")]
    [InlineData("i'm good at python", "python")]
    public async Task AStrengthSaidAsGoodWithAThingKeepsWhatTheStrengthIs(string answer, string kept)
    {
        // A new user's try: "i am good with patients" was kept and said back as "patients", a lone noun.
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync(answer)).AssertContains($"strengths include {kept}.", Says("assessment.ask.growth"));
        Assert.Equal([kept], (await StateAsync(chat)).Profile.Strengths);
    }

    [Theory]
    [InlineData("numbers, people say im patient", "numbers and being patient")]
    [InlineData("i'm good with people and organising stuff", "being good with people and organising things")]
    public async Task EachItemOfAStrengthsListKeepsWhatItsStrengthIs(string answer, string said)
    {
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync(answer)).AssertContains(said).AssertNotContains("say im", "i'm good");
    }

    [Fact]
    public async Task AHedgeAtTheEndIsLeftOutOfWhatIsKeptAndSaidBack()
    {
        var chat = await AtQuestion(AssessmentParts.Interests);
        (await chat.SayAsync("planning i guess")).AssertContains("drawn to planning.").AssertNotContains("i guess");
        Assert.Equal(["planning"], (await StateAsync(chat)).Profile.Interests);
    }

    [Fact]
    public async Task AFearedGrowthAreaIsHeardKindlyAndKeptWithoutTheFear()
    {
        var chat = await AtQuestion(AssessmentParts.Growth);
        var reply = await chat.SayAsync("computers scare me a bit");
        reply.AssertContains(Says("assessment.hear.growthFear"), "uneasy about computers", Says("assessment.ask.interests")).AssertNotContains("scare me");
        Assert.Equal(["computers"], (await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Fact]
    public async Task APastRoleIsHeardAsExperienceAndATimeAfterACommaIsNoInterest()
    {
        var chat = await AtQuestion(AssessmentParts.Interests);
        var reply = await chat.SayAsync("i used to be an office manager, 15 years ago");
        reply.AssertContains(Says("assessment.hear.pastRole"), "been an office manager").AssertNotContains("drawn to", "15 years ago", "i used to be");
        Assert.Equal(["office manager"], (await StateAsync(chat)).Profile.Interests);
    }

    [Theory]
    [InlineData("i was happiest helping people", null)]
    [InlineData("i worked as office manager", "been office manager")]
    public async Task OnlyARoleAfterAPastLeadInIsHeardAsExperience(string answer, string? heard)
    {
        var chat = await AtQuestion(AssessmentParts.Interests);
        var reply = await chat.SayAsync(answer);
        if (heard is not null) reply.AssertContains(Says("assessment.hear.pastRole"), heard);
        else reply.AssertNotContains("you've been");
    }

    [Theory]
    [InlineData("gardening, last year")]
    [InlineData("gardening, back in 2010")]
    public async Task AnItemThatOnlySaysWhenIsLeftOut(string answer)
    {
        var chat = await AtQuestion(AssessmentParts.Interests);
        (await chat.SayAsync(answer)).AssertContains("drawn to gardening.");
        Assert.Equal(["gardening"], (await StateAsync(chat)).Profile.Interests);
    }

    [Theory]
    [InlineData("running an office again maybe")]
    [InlineData("running an office again i guess")]
    [InlineData("running an office again probably")]
    public async Task AHedgeAtTheEndOfASkillIsLeftOutOfWhatIsKeptAndSaidBack(string answer)
    {
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync(answer)).AssertContains("running an office again at 3 out of 5")
            .AssertNotContains("maybe", "i guess", "probably", "I read that as");
        Assert.Equal("running an office again", Assert.Single((await StateAsync(chat)).Profile.Skills).Name);
    }

    [Theory]
    [InlineData("an admin assistant job")]
    [InlineData("a developer role")]
    public async Task AJobIsNoWorkEnvironmentAndTheQuestionIsAskedAgain(string answer)
    {
        var chat = await AtQuestion(AssessmentParts.Environment);
        (await chat.SayAsync(answer)).AssertContains(Says("assessment.environmentIsJob"), Says("assessment.ask.environment"))
            .AssertNotContains("best work: ");
        Assert.True(string.IsNullOrEmpty((await StateAsync(chat)).Profile.WorkEnvironment));
        (await chat.SayAsync("a small team in an office")).AssertContains("a small team in an office", Says("assessment.ask.skills"));
    }

    internal static async Task<TestSupport.ConversationTest> AtQuestion(string part)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        foreach (var _ in AssessmentParts.All.TakeWhile(p => p != part)) await chat.SayAsync("skip");
        return chat;
    }
}
