namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// An option a prompt offers. <see cref="Key"/> is what it means (stable, what the code switches on); the
/// <see cref="Title"/> is what people see; <see cref="Synonyms"/> are other words that pick it and
/// <see cref="Examples"/> whole phrasings people use for it (for a matcher that reads paraphrases). Choices the coach
/// offers live in <c>dialogs/&lt;locale&gt;/*.yaml</c> under <c>choices:</c> (see <see cref="Text.ChoiceCatalog"/>);
/// lists built at run time (the user's goals) use an id of what they list as key.
/// </summary>
public sealed record Choice(string Key, string Title, IReadOnlyList<string>? Synonyms = null, IReadOnlyList<string>? Examples = null);

/// <summary>
/// The option the user picked: its key, its title as shown, and how sure the match is (0..1). It carries no
/// position on purpose: the order of a list is presentation, and a reordered list must not change what an answer means.
/// </summary>
public sealed record FoundChoice(string Key, string Title, double Score);
