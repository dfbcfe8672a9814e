namespace CoachBot.BotFramework.Understanding;

/// <summary>What the pipeline made of an answer.</summary>
public enum UnderstoodKind
{
    /// <summary>Clear: act on <see cref="Understood.Key"/> (and, unless the rules read it word for word, say what was understood).</summary>
    Taken,

    /// <summary>A best guess: ask once, <see cref="Understood.Nearest"/> first to last, before acting.</summary>
    Confirm,

    /// <summary>Nothing close enough: say what was heard and offer <see cref="Understood.Nearest"/> (may be empty).</summary>
    NotUnderstood,
}

/// <summary>Which step of the pipeline decided.</summary>
public enum UnderstoodBy
{
    /// <summary>The whole answer is a title, synonym or position: nothing to say back.</summary>
    Exact,

    /// <summary>The rules found the words of a choice inside the answer (a typo, a sentence).</summary>
    Words,

    /// <summary>The semantic matcher, by meaning.</summary>
    Meaning,

    /// <summary>The LLM resolved what the rules and the matcher left unsure.</summary>
    Llm,

    /// <summary>Nothing decided (<see cref="UnderstoodKind.NotUnderstood"/>).</summary>
    Nothing,
}

/// <summary>
/// The pipeline's reading of one answer against one list of candidates: what to do, the key (for Taken and Confirm,
/// the best guess), the nearest keys best first (alternatives to offer), and which step decided.
/// </summary>
public sealed record Understood(UnderstoodKind Kind, string? Key, IReadOnlyList<string> Nearest, UnderstoodBy By)
{
    public static Understood Nothing(IReadOnlyList<string> nearest) => new(UnderstoodKind.NotUnderstood, null, nearest, UnderstoodBy.Nothing);

    public static Understood Take(string key, UnderstoodBy by) => new(UnderstoodKind.Taken, key, [key], by);

    public static Understood Ask(IReadOnlyList<string> nearest, UnderstoodBy by) => new(UnderstoodKind.Confirm, nearest[0], nearest, by);

    /// <summary>True when the answer was not a title, synonym or number, so the coach should say what it understood.</summary>
    public bool SaysBack => Kind == UnderstoodKind.Taken && By is UnderstoodBy.Meaning or UnderstoodBy.Llm or UnderstoodBy.Words;
}
