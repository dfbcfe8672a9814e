using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// The key phrase of an answer, as the coach gives it back: "I'm good at explaining complex stuff to people" reads
/// "explaining complex things to people". Lead-ins and fillers come from dialogs/ (assessment.listen.*). When the
/// answer can't be read that cleanly (markup, links, a long sentence), there is no key phrase, and the coach says
/// its own reading or just thanks rather than echo words it didn't understand.
/// </summary>
public static class KeyPhrase
{
    private const int MaxWords = 10;
    private const int MaxLength = 80;

    /// <summary>The item without lead-ins and fillers; the item itself when nothing is left.</summary>
    public static string Clean(string item, AssessmentWords words) => CleanOrEmpty(item, words) is { Length: > 0 } clean ? clean : item.Trim();

    /// <summary>The item without lead-ins and fillers; empty when it held nothing else ("idk", "lol").</summary>
    public static string CleanOrEmpty(string item, AssessmentWords words)
    {
        var text = Trimmed(item);
        // "its terrifying" after "public speaking": how the item before feels, no item of its own.
        if (words.OnlyFeeling.Contains(BotFramework.Recognizers.PhraseKey.Of(text))) return "";
        // The last lead-in that says what the strength is ("good with"): kept when a thing, not an activity, follows.
        string? keptLead = null;
        for (var changed = true; changed;)
        {
            changed = false;
            var lower = AssessmentWords.Normalize(text);
            foreach (var lead in words.LeadIns)
            {
                // "tbh... maybe excel": a lead-in ends at a space or at punctuation.
                if (lower.Length > lead.Length && lower.StartsWith(lead, StringComparison.Ordinal) && lower[lead.Length] is ' ' or '.' or ',' or ':' or '\u2026')
                {
                    text = Trimmed(text[(lead.Length + 1)..]);
                    keptLead = words.KeptLead(lead) ?? keptLead;
                    changed = true;
                    break;
                }
            }
        }
        // A tail that only says how the thing feels ("computers scare me a bit"): the thing itself is kept.
        for (var lowered = AssessmentWords.Normalize(text);
             words.Tails.FirstOrDefault(tail => lowered.Length > tail.Length && lowered.EndsWith(" " + tail, StringComparison.Ordinal)) is { } said;
             lowered = AssessmentWords.Normalize(text))
            text = Trimmed(text[..^(said.Length + 1)]);
        foreach (var (word, with) in words.Swaps) text = word.Replace(text, with);
        text = Trimmed(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // "maybe", "um", "not sure" alone: a filler, nothing to keep.
        var left = AssessmentWords.Normalize(text);
        if (!UserText.HasWords(text) || words.LeadIns.Contains(left) || words.Tails.Contains(left)) return "";
        if (words.OnlyFeeling.Contains(BotFramework.Recognizers.PhraseKey.Of(text))) return "";
        return keptLead is not null && !NamesAnActivityOrASkill(text, words) ? keptLead + " " + text : text;
    }

    /// <summary>Without the spaces and punctuation around it ("... maybe excel??" reads "maybe excel").</summary>
    private static string Trimmed(string text)
    {
        text = text.Trim().TrimEnd('.', '!', '?', ',', ';', ':', '\u2026', ' ').TrimStart('!', '?', ',', ';', ':', '\u2026', ' ');
        // A leading dot only as an ellipsis or a full stop: ".NET" keeps its dot.
        return text.StartsWith("..", StringComparison.Ordinal) || text.StartsWith(". ", StringComparison.Ordinal) ? Trimmed(text.TrimStart('.')) : text;
    }

    /// <summary>
    /// "talking to people", "Python": what stands alone after "good at". "patients", "patient", "numbers" don't: said
    /// back alone they would read as the strength itself.
    /// </summary>
    private static bool NamesAnActivityOrASkill(string text, AssessmentWords words)
    {
        var first = AssessmentWords.Normalize(text.Split(' ', 2)[0]);
        if (words.ActivityEnding.Length > 0 && first.Length > words.ActivityEnding.Length + 2 && first.EndsWith(words.ActivityEnding, StringComparison.Ordinal))
            return true;
        var key = BotFramework.Recognizers.PhraseKey.Of(text);
        return words.Careers.FindSkills(text).Any(skill => skill.Names.Any(name => BotFramework.Recognizers.PhraseKey.Of(name) == key));
    }

    /// <summary>True when the phrase is short plain words the coach can safely say back.</summary>
    public static bool CanEcho(string phrase)
    {
        if (!UserText.HasWords(phrase) || phrase.Length > MaxLength) return false;
        if (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return false;
        if (phrase.Contains("http", StringComparison.OrdinalIgnoreCase) || phrase.Contains("www.", StringComparison.OrdinalIgnoreCase)) return false;
        return phrase.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '\u2019' or ',' or '&' or '/' or '.' or '(' or ')' or '+' or '#');
    }

    /// <summary>The phrase as it reads mid-sentence: a capital only where the word is a name or an acronym ("Python", "UX").</summary>
    public static string MidSentence(string phrase)
    {
        if (phrase.Length < 2 || !char.IsUpper(phrase[0])) return phrase;
        var first = phrase.Split(' ', 2)[0];
        // "UX design", "SQL": an acronym keeps its capitals; "Small remote team" reads "small remote team".
        if (first.Length > 1 && first.Skip(1).Any(char.IsUpper)) return phrase;
        return char.ToLowerInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>The items, cleaned, joined as a phrase ("a, b and c"), or null when any of them can't be said back.</summary>
    public static string? Of(IReadOnlyList<string> items, AssessmentWords words)
    {
        if (items.Count == 0 || items.Count > 6) return null;
        var cleaned = items.Select(i => Clean(i, words)).ToList();
        if (!cleaned.All(CanEcho)) return null;
        var joined = CoachKnowledge.JoinList(cleaned.Select(MidSentence).ToList());
        return joined.Length <= MaxLength * 2 ? joined : null;
    }
}
