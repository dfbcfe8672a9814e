namespace CoachBot.BotFramework.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The root dialog completed in this turn.</summary>
    Complete,

    /// <summary>The stack was cancelled in this turn.</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
