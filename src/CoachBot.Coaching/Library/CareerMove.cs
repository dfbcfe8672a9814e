using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Library;

/// <summary>A move from one role to another that a message names ("i want to move into ux design, im a nurse"); From may be unknown.</summary>
public sealed record CareerMove(CareerRole? From, CareerRole To);

/// <summary>
/// Reads a career-change wish: the role wanted (a job title from careers.yaml, or what people call the work, from
/// library.workNames: "ux design" is the UX designer's work) and the role held now (a title after "I'm a", "as a",
/// from library.currentRoleCues). Pure.
/// </summary>
public sealed class CareerMoveReader
{
    private readonly CareerVocabulary _careers;
    private readonly List<(PhraseSet Words, CareerRole Role)> _work;
    private readonly PhraseSet _currentCues;

    public CareerMoveReader(TextCatalog texts, CareerVocabulary careers)
    {
        _careers = careers;
        _work = CareerVocabulary.SplitList(texts.Get(LibraryTexts.WorkNames))
            .Select(entry => entry.Split('=', 2))
            .Select(p => (PhraseSet.Parse(p[0]), careers.Roles.FirstOrDefault(r => r.Key == p[1].Trim())
                ?? throw new InvalidDataException($"library.workNames: '{p[1]}' is no role of careers.yaml.")))
            .ToList();
        _currentCues = PhraseSet.Parse(texts.Get(LibraryTexts.CurrentRoleCues));
    }

    public CareerMove? Read(string? text, string? currentRole = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        CareerRole? from = null, to = null;
        foreach (var mention in _careers.FindRoles(text))
        {
            var before = PhraseSet.Words(text[..mention.Start]);
            var isCurrent = _currentCues.Find(before).Any(hit => hit.Start + hit.Length == before.Count);
            if (isCurrent) from ??= mention.Role;
            else to ??= mention.Role;
        }
        if (to is null)
        {
            var words = PhraseSet.Words(text);
            // The longest work name wins: "product design" before "design".
            to = _work.Select(w => (w.Role, Score: PhraseScore.Of(w.Words, words))).Where(w => w.Score > 0)
                .OrderByDescending(w => w.Score).Select(w => w.Role).FirstOrDefault(r => r != from);
        }
        from ??= _careers.FindRoles(currentRole).FirstOrDefault()?.Role;
        return to is null || to == from ? null : new CareerMove(from, to);
    }
}
