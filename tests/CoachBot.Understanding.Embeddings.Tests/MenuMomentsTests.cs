using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Commands;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// Moments that went wrong when the coach was tried in the terminal with the matcher on, read at the main menu by the
/// whole pipeline (the real MiniLM matcher): each must now be heard as what it is.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class MenuMomentsTests(PipelineFixture pipeline)
{
    private ValueTask<MenuReading> ReadAsync(string text) =>
        pipeline.Menu.ReadAsync(text, "en-US", pipeline.Understanding, null, CancellationToken.None);

    [Fact]
    public async Task AnUnsureCareerChangeIsAGoalOrACareerQuestionNotAProfileEdit()
    {
        // A goal started or offered, a question answered, or nothing command-like guessed (the career library then answers the
        // topic it names, CoachAnswers.AtMenu): never "Edit part of my profile?" for a career change.
        var reading = await ReadAsync("i dunno, maybe change careers? im a teacher");
        Assert.True(reading is { Kind: MenuReadingKind.Intent or MenuReadingKind.Confirm, Key: "newGoal" } or { Kind: MenuReadingKind.Question or MenuReadingKind.NotUnderstood },
            $"{reading.Kind} {reading.Key}");
    }

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("Sent from my iPhone")]
    [InlineData("qwerty")]
    [InlineData("🙃🙃")]
    public async Task NoiseIsNotUnderstoodAndOffersTheNearestThings(string text)
    {
        var reading = await ReadAsync(text);
        Assert.Equal(MenuReadingKind.NotUnderstood, reading.Kind);
        Assert.InRange(reading.Nearest.Count, 2, 3);
    }

    [Fact]
    public async Task AGermanQuestionAboutAWordGetsTheAnotherLanguageReply()
    {
        Assert.Equal(MenuReadingKind.OtherLanguage, (await ReadAsync("was bedeutet measurable?")).Kind);
    }

    [Fact]
    public async Task WhatIsThisIsAQuestionAboutTheCoach()
    {
        var reading = await ReadAsync("um what is this exactly");
        Assert.Equal(MenuReadingKind.Question, reading.Kind);
    }

    [Fact]
    public async Task MovingAStepAtTheMenuEditsThePlanWithThatChange()
    {
        var reading = await ReadAsync("move 2 to 15 jan 2028");
        Assert.Equal(MenuReadingKind.Command, reading.Kind);
        Assert.Equal(Coaching.Commands.CoachCommandKind.EditPlan, reading.Command!.Kind);
        Assert.Equal("move 2 to 15 jan 2028", reading.Command.Text);
    }
}
