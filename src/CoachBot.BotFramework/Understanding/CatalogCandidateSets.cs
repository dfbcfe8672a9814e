using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// The matcher's candidate sets from dialogs/en-US: every choice set (the prompts' choices, the menu, the intents),
/// a key's phrases being its title, synonyms and examples. The host registers it, so the index holds exactly what
/// the dialogs offer and a coach changes what the matcher knows by editing dialogs/.
/// </summary>
public sealed class CatalogCandidateSets(TextCatalog texts) : ICandidateSetSource
{
    public IEnumerable<CandidateSet> GetCandidateSets() =>
        texts.Choices.SetIds.Order(StringComparer.Ordinal).Select(id => new CandidateSet(id,
            texts.Choices.Get(id, TextCatalog.DefaultLocale)
                .Select(c => new Candidate(c.Key, new[] { c.Title }.Concat(c.Synonyms ?? []).Concat(c.Examples ?? []).Distinct().ToList()))
                .ToList()));
}
