using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Library;

/// <summary>Keys of dialogs/en-US/aianswer.yaml.</summary>
[TextKeys]
public static class AiAnswerTexts
{
    public const string Label = "aianswer.label";
    public const string Deny = "aianswer.deny";
    public const string InstructionSigns = "aianswer.instructionSigns";
}

/// <summary>
/// A free-form answer from the LLM as the user gets it: checked once more against the lists in dialogs/ (no medical,
/// legal or financial advice, no sign of having followed the user's instructions), then sent with a visible label and
/// Teams' AIGeneratedContent entity. The LLM's own checks (shape, length, links, markup) ran before.
/// </summary>
public sealed class AiAnswer(TextCatalog texts)
{
    private readonly PhraseSet _deny = PhraseSet.Parse(texts.Get(AiAnswerTexts.Deny));
    private readonly PhraseSet _instructions = PhraseSet.Parse(texts.Get(AiAnswerTexts.InstructionSigns));

    /// <summary>Null when the answer may be shown; otherwise why not ("advice", "instructions").</summary>
    public string? Problem(string answer)
    {
        var words = PhraseSet.Words(answer);
        if (_deny.AnyIn(words)) return "advice";
        if (_instructions.AnyIn(words)) return "instructions";
        return null;
    }

    /// <summary>The label, the answer, and the offer (when there is one), marked as AI-generated for Teams.</summary>
    public Activity Message(ITurnContext context, string answer, string? offer)
    {
        var text = texts.Get(AiAnswerTexts.Label, context.Activity.Locale) + "\n\n" + answer + (offer is null ? "" : "\n\n" + offer);
        var activity = context.Activity.CreateReply(text);
        activity.Entities = [AiGenerated()];
        return activity;
    }

    /// <summary>The schema.org Message entity whose additionalType marks the message as AI-generated content (Teams shows its label).</summary>
    public static Entity AiGenerated()
    {
        using var shape = JsonDocument.Parse("""{"@type":"Message","@context":"https://schema.org","@id":"","additionalType":["AIGeneratedContent"]}""");
        return new Entity
        {
            Type = "https://schema.org/Message",
            Properties = shape.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }
}
