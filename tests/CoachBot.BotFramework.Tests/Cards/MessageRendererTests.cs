using System.Text.Json.Nodes;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Tests.Cards;

public class MessageRendererTests
{
    private static RichMessage Plan()
    {
        var message = new RichMessage { Title = "Your plan", Subtitle = "2 goals" };
        var section = new RichSection { Heading = "Pass the AWS <SA> exam & more" };
        section.Facts.Add(("Deadline", "Wed, 30 June 2027"));
        section.Lines.Add(new RichLine("Book the exam: Mon, 1 March 2027", Emphasis: true));
        section.Lines.Add(new RichLine("Practice tests: Fri, 30 April 2027"));
        message.Sections.Add(section);
        message.Actions.Add(new RichAction("Mark a step done", "step done"));
        return message;
    }

    [Theory]
    [InlineData(Channels.Msteams)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.DirectLine)]
    public void CardChannelsGetAnAdaptiveCardOfSchemaAtMost15WithATextFallback(string channel)
    {
        var activity = MessageRenderer.Render(Plan(), channel);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        var card = attachment.Content!.AsObject();
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var fallback = card["fallbackText"]!.GetValue<string>();
        Assert.Contains("Book the exam: Mon, 1 March 2027", fallback);
        Assert.Contains("Deadline: Wed, 30 June 2027", fallback);
        var submit = card["actions"]!.AsArray().Single()!.AsObject();
        Assert.Equal("Action.Submit", submit["type"]!.GetValue<string>());
        Assert.Equal("step done", submit["data"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void AdaptiveCardUsesOnlyElementsOfSchema15()
    {
        var card = AdaptiveCardRenderer.Render(Plan(), "fallback");
        var allowed = new HashSet<string> { "AdaptiveCard", "TextBlock", "FactSet", "Action.Submit" };
        foreach (var type in Types(card)) Assert.Contains(type, allowed);
    }

    [Theory]
    [InlineData(0, 4, new[] { 4 })]
    [InlineData(3, 10, new[] { 3, 7 })]
    [InlineData(5, 5, new[] { 5 })]
    [InlineData(0, 0, new[] { 1 })]
    public void AProgressBarIsAColumnSetOfSchema15WeightedDoneToLeft(int done, int total, int[] widths)
    {
        var message = new RichMessage { Title = "My plan" };
        var section = new RichSection { Progress = new RichProgress("Progress", done, total, $"{done} of {total} steps done") };
        section.Facts.Add(("Progress", "▰▰▱▱ text bar"));
        message.Sections.Add(section);
        var card = AdaptiveCardRenderer.Render(message, "fallback");
        var allowed = new HashSet<string> { "AdaptiveCard", "TextBlock", "ColumnSet", "Column" };
        foreach (var type in Types(card)) Assert.Contains(type, allowed);
        var columns = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "ColumnSet")!["columns"]!.AsArray();
        Assert.Equal(widths, columns.Select(c => c!["width"]!.GetValue<int>()));
        Assert.DoesNotContain("text bar", card.ToJsonString());
    }

    private static IEnumerable<string> Types(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"] is JsonValue t ? [t.GetValue<string>()] : Array.Empty<string>())
            .Concat(o.Where(p => p.Key is not "type" and not "data").SelectMany(p => Types(p.Value))),
        JsonArray a => a.SelectMany(Types),
        _ => [],
    };

    [Fact]
    public void SlackGetsEscapedMrkdwnAndHeroCardButtons()
    {
        var activity = MessageRenderer.Render(Plan(), Channels.Slack);

        Assert.StartsWith("*Your plan*", activity.Text);
        Assert.Contains("*Pass the AWS &lt;SA&gt; exam &amp; more*", activity.Text);
        Assert.Contains("• *Book the exam: Mon, 1 March 2027*", activity.Text);
        Assert.DoesNotContain(activity.Attachments!, a => a.ContentType == ContentTypes.AdaptiveCard);
        var hero = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.HeroCard, hero.ContentType);
        Assert.Equal("step done", hero.Content!["buttons"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void TerminalGetsPlainTextWithNumberedButtons()
    {
        var activity = MessageRenderer.Render(Plan(), Channels.Terminal);

        Assert.Null(activity.Attachments);
        Assert.Equal("""
            Your plan
            2 goals

            Pass the AWS <SA> exam & more
            Deadline: Wed, 30 June 2027
            → Book the exam: Mon, 1 March 2027
            - Practice tests: Fri, 30 April 2027

            1. Mark a step done
            """.ReplaceLineEndings(), activity.Text!.ReplaceLineEndings());
    }

    [Fact]
    public void CardSubmitDataTextIsReadAsTheMessageText()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["text"] = "my plan" } };

        CoachBot.BotFramework.Builder.CardSubmit.ApplyText(activity);

        Assert.Equal("my plan", activity.Text);
    }
}
