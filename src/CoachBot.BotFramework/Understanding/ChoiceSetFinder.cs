using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Which choice set of <c>dialogs/</c> the choices a prompt offers come from, so the matcher can read the answer
/// against that set's examples without every dialog naming it: the set whose keys and titles include all of the
/// offered ones. Lists built at run time (the user's goals) belong to no set and get the rules only.
/// </summary>
public static class ChoiceSetFinder
{
    private static readonly ConditionalWeakTable<ChoiceCatalog, ConcurrentDictionary<string, string?>> Cache = new();

    public static string? Find(ChoiceCatalog catalog, IReadOnlyList<Choice> offered, string? locale)
    {
        if (offered.Count == 0) return null;
        var known = Cache.GetValue(catalog, static _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
        var fingerprint = (locale ?? "") + "|" + string.Join("|", offered.Select(c => c.Key + "=" + c.Title));
        return known.GetOrAdd(fingerprint, _ => Search(catalog, offered, locale));
    }

    private static string? Search(ChoiceCatalog catalog, IReadOnlyList<Choice> offered, string? locale)
    {
        string? found = null;
        foreach (var setId in catalog.SetIds)
        {
            var set = catalog.Get(setId, locale);
            if (!offered.All(o => set.Any(c => c.Key == o.Key && c.Title == o.Title))) continue;
            if (found is not null) return null; // two sets offer the same: the rules decide alone
            found = setId;
        }
        return found;
    }
}
