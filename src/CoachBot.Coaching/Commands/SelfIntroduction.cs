using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// "i am a nurse, 9 years, in the hospital", "im an accountant": someone saying who they are at the menu, which names
/// no command. A coach takes it as the start of a conversation, not as something it failed to understand. Only an
/// opening of the roles held today (goal.currentRole.openers, shared with <see cref="Assessment.RoleHeld"/>) right
/// before a role careers.yaml knows counts, so the coach never says back a role it did not recognize.
/// </summary>
public sealed class SelfIntroduction(TextCatalog texts)
{
    private static readonly string[] Articles = ["a", "an", "the"];

    private readonly HashSet<string> _openers = texts.Get(Assessment.RoleHeld.Openers)
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(o => WithoutArticle(PhraseKey.Of(o))).ToHashSet(StringComparer.Ordinal);

    private readonly CareerVocabulary _careers = CareerVocabulary.From(texts);

    /// <summary>The role the person says they have, in their words ("office manager"), or null when the text is no
    /// self-introduction.</summary>
    public string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || _careers.FindRoles(text) is not [var mention, ..]) return null;
        return _openers.Contains(WithoutArticle(PhraseKey.Of(text[..mention.Start]))) ? mention.Text.ToLowerInvariant() : null;
    }

    /// <summary>"im a" and "im" open the same way: the article before the role is not part of the opener.</summary>
    private static string WithoutArticle(string phrase) =>
        phrase.LastIndexOf(' ') is var space and > 0 && Articles.Contains(phrase[(space + 1)..]) ? phrase[..space] : phrase;
}
