using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// "i am a nurse, 9 years, in the hospital", "im an accountant": someone saying who they are at the menu, which names
/// no command. A coach takes it as the start of a conversation, not as something it failed to understand. Only an
/// opening of menu.introduction.openers followed at once by a role careers.yaml knows counts, so the coach never
/// says back a role it did not recognize.
/// </summary>
public sealed class SelfIntroduction(TextCatalog texts)
{
    public const string Openers = "menu.introduction.openers";

    private readonly string[] _openers = texts.Get(Openers)
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(o => PhraseKey.Of(o)).OrderByDescending(o => o.Length).ToArray();

    private readonly CareerVocabulary _careers = CareerVocabulary.From(texts);

    /// <summary>The role the person says they have (or had), in their words ("office manager"), or null when the text is
    /// no self-introduction.</summary>
    public string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || _careers.FindRoles(text) is not [var mention, ..]) return null;
        var before = PhraseKey.Of(text[..mention.Start]);
        return _openers.Contains(before) ? mention.Text.ToLowerInvariant() : null;
    }
}
