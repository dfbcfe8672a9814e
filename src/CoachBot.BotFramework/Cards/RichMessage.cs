namespace CoachBot.BotFramework.Cards;

/// <summary>
/// One reply model for every channel: a title, sections of lines or facts, and buttons. <see cref="MessageRenderer"/>
/// turns it into an Adaptive Card (Teams, Emulator, Web Chat, Direct Line), Slack mrkdwn with hero-card buttons,
/// or plain text (terminal), and every card carries a plain-text equivalent.
/// </summary>
public sealed class RichMessage
{
    public string? Title { get; init; }

    /// <summary>A short line under the title.</summary>
    public string? Subtitle { get; init; }

    public List<RichSection> Sections { get; } = [];

    /// <summary>Buttons; each posts its value back as if the user typed it (imBack / Action.Submit).</summary>
    public List<RichAction> Actions { get; } = [];
}

public sealed class RichSection
{
    public string? Heading { get; init; }

    /// <summary>Label/value pairs (e.g. "Deadline" / "Tue, 30 June 2027").</summary>
    public List<(string Label, string Value)> Facts { get; } = [];

    /// <summary>Bulleted lines.</summary>
    public List<RichLine> Lines { get; } = [];

    /// <summary>
    /// A progress bar. Card channels draw it (Adaptive Cards 1.5 has no progress element: a ColumnSet of two weighted
    /// columns) with its caption, in place of the section's facts; text channels show the facts, which carry a text bar.
    /// </summary>
    public RichProgress? Progress { get; init; }
}

/// <summary><paramref name="Done"/> of <paramref name="Total"/>, labelled, with a caption ("3 of 10 steps done · 45 days left").</summary>
public sealed record RichProgress(string Label, int Done, int Total, string Caption);

/// <summary>A bulleted line; <see cref="Emphasis"/> marks what matters most (the next step due).</summary>
public sealed record RichLine(string Text, bool Emphasis = false);

public sealed record RichAction(string Title, string Value);
