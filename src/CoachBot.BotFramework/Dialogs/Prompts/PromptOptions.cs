using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how it behaves. Saved in the prompt's frame (sentences already resolved in the user's
/// locale), so the question can be asked again after a restart or an interruption.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public string Prompt { get; set; } = "";

    /// <summary>Said when the answer is not understood; defaults to core.retry followed by the question.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>Said when the attempts run out; the prompt then ends with <see cref="PromptSignal.GaveUp"/>.</summary>
    public string? GiveUpPrompt { get; set; }

    /// <summary>The options of a choice prompt, in the order shown; the answer is the key of the one picked.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How many answers are read before the prompt gives up gracefully.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>"skip", "pass" and "not sure" end the prompt with a <see cref="PromptSignal"/> instead of a retry.</summary>
    public bool AllowSkip { get; set; } = true;

    /// <summary>"back" ends the prompt with <see cref="PromptSignal.Back"/> (a waterfall then asks the previous step again).</summary>
    public bool AllowBack { get; set; } = true;

    /// <summary>IANA zone for a date prompt; the zone the channel sent (<see cref="Text.UserTimeZone.FromActivity"/>), then UTC, when unset.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Smallest and largest accepted number for a number prompt.</summary>
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>
    /// For a date prompt: a correction of another answer instead of a date ("sorry, I meant 4 hours") ends the prompt with
    /// its text, so the dialog can change that answer and ask again.
    /// </summary>
    public bool EndOnCorrection { get; set; }

    /// <summary>Longest accepted text for a text prompt.</summary>
    public int? MaxLength { get; set; }

    /// <summary>
    /// Names the texts that answer questions asked at this prompt: <c>&lt;ctx&gt;.meaning|why|example|suggest|any</c> in
    /// dialogs/ (<see cref="Understanding.PromptQuestionAnswerer"/>); the generic context's texts when unset.
    /// </summary>
    public string? QuestionContext { get; set; }

    /// <summary>The choice set the choices come from, for the matcher; found from the choices when unset.</summary>
    public string? ChoiceSetId { get; set; }
}
