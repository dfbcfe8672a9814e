namespace CoachBot.Llm.Validation;

/// <summary>An LLM answer after validation: a value, or the reason it was discarded (a short code, safe to log).</summary>
public readonly record struct Validated<T>(T? Value, string? Reason) where T : class
{
    public bool IsValid => Value is not null;

    public static Validated<T> Ok(T value) => new(value, null);

    public static Validated<T> Fail(string reason) => new(null, reason);
}
