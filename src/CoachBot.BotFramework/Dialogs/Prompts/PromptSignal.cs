namespace CoachBot.BotFramework.Dialogs.Prompts;

public enum PromptSignalKind
{
    /// <summary>The user chose to skip the question.</summary>
    Skip,
    /// <summary>The user said they were not sure.</summary>
    NotSure,
    /// <summary>The user asked to go back to the previous question.</summary>
    Back,
    /// <summary>The attempts ran out without an answer the prompt could read.</summary>
    GaveUp,
}

/// <summary>The result of a prompt that ended without a value; a waterfall step checks for it before using the answer.</summary>
public sealed record PromptSignal(PromptSignalKind Kind)
{
    public static PromptSignal Skip { get; } = new(PromptSignalKind.Skip);
    public static PromptSignal NotSure { get; } = new(PromptSignalKind.NotSure);
    public static PromptSignal Back { get; } = new(PromptSignalKind.Back);
    public static PromptSignal GaveUp { get; } = new(PromptSignalKind.GaveUp);
}
