using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>Sentences the dialog engine says itself (dialogs/en-US/core.yaml).</summary>
[TextKeys]
public static class DialogTexts
{
    /// <summary>Said before the question again when an answer was not understood.</summary>
    public const string Retry = "core.retry";

    /// <summary>Said when a prompt's attempts ran out and the conversation moves on.</summary>
    public const string GaveUp = "core.gaveUp";

    /// <summary>Said when a stored conversation no longer matches the running dialogs (after a deployment).</summary>
    public const string Reset = "core.dialogReset";

    /// <summary>The two buttons of a yes/no question.</summary>
    public static readonly ChoiceSet<YesNo> Confirm = new("core.confirm");

    public const string NotANumber = "core.notANumber";
    public const string NumberTooSmall = "core.numberTooSmall";
    public const string NumberTooLarge = "core.numberTooLarge";
    public const string EmptyText = "core.emptyText";
    public const string TextTooLong = "core.textTooLong";
    public const string NoiseText = "core.noiseText";
    public const string NoDate = "core.noDate";
    public const string PastDate = "core.pastDate";
    public const string InvalidDate = "core.invalidDate";
    public const string NoChoice = "core.noChoice";
    public const string YesOrNo = "core.yesOrNo";
}

/// <summary>The keys of <see cref="DialogTexts.Confirm"/>.</summary>
public enum YesNo { Yes, No }
