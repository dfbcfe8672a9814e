using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>What the understanding pipeline says itself (dialogs/en-US/understanding.yaml).</summary>
[TextKeys]
public static class UnderstandingTexts
{
    /// <summary>After a choice read by meaning or from words inside a sentence: what was understood.</summary>
    public const string Understood = "understanding.understood";

    /// <summary>A best guess, asked once before acting: "{title}" first, the alternatives as buttons.</summary>
    public const string ConfirmChoice = "understanding.confirmChoice";

    /// <summary>The button of a confirmation that says none of the guesses was meant.</summary>
    public const string NoneOfThese = "understanding.noneOfThese";

    /// <summary>An answer the prompt could not read: what was heard, then the nearest options.</summary>
    public const string NotUnderstoodChoice = "understanding.notUnderstoodChoice";

    /// <summary>A question nobody could answer: said before the prompt is asked again.</summary>
    public const string NoAnswer = "understanding.noAnswer";

    /// <summary>A message in another language.</summary>
    public const string OtherLanguage = "understanding.otherLanguage";

    /// <summary>Generic answers by question kind, for a prompt without texts of its own (the generic context).</summary>
    public static readonly string GenericContext = "understanding.generic";

    /// <summary>Short explanations of the words the coach uses, "understanding.terms.&lt;word&gt;".</summary>
    public static readonly string TermsPrefix = "understanding.terms.";

    /// <summary>A numeric date that reads two ways: "{first} or {second}?".</summary>
    public const string WhichDate = "understanding.whichDate";

    /// <summary>"asap": a wish, not a date.</summary>
    public const string AskForDate = "understanding.askForDate";

    /// <summary>The date a prompt took, said back in English.</summary>
    public const string DateTaken = "understanding.dateTaken";

    /// <summary>A correction applied: "{what} changed from {old} to {new}".</summary>
    public const string Changed = "understanding.changed";

    /// <summary>Words that say nothing about which choice is meant ("ok, the second one then"), "; "-separated.</summary>
    public const string ChoiceFillers = "understanding.choiceFillers";

    /// <summary>The words of the generic context's answers, by question kind.</summary>
    public static readonly string[] GenericKinds = ["meaning", "why", "example", "suggest"];

    /// <summary>The generic context's answers, checked at start like every key.</summary>
    public static IEnumerable<string> GenericAnswers => GenericKinds.Select(k => GenericContext + "." + k);
}
