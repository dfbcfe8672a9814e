using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>Keys of dialogs/en-US/recognizers.yaml, checked at start like every sentence.</summary>
[TextKeys]
public static class RecognizerTexts
{
    private const string Question = "recognizers.question.";
    private const string Facts = "recognizers.facts.";
    private const string Dates = "recognizers.dates.";
    private const string Correction = "recognizers.correction.";

    public const string LeadFillers = Question + "leadFillers";
    public const string TailFillers = Question + "tailFillers";
    public const string NotQuestions = Question + "notQuestions";
    public const string Spellings = Question + "spellings";
    public const string Interrogatives = Question + "interrogatives";
    public const string Auxiliaries = Question + "auxiliaries";
    public const string QuantityWords = Question + "quantityWords";
    public const string QuestionOpeners = Question + "questionOpeners";
    public const string Subjects = Question + "subjects";
    public const string PersonOpeners = Question + "personOpeners";
    public const string Copulas = Question + "copulas";
    public const string NotTerms = Question + "notTerms";
    public const string Pronouns = Question + "pronouns";
    public const string Possessives = Question + "possessives";
    public const string Articles = Question + "articles";
    public const string Proposals = Question + "proposals";
    public const string Clarifiers = Question + "clarifiers";
    public const string AnswerOpeners = Question + "answerOpeners";
    public const string Addressees = Question + "addressees";
    public const string Askers = Question + "askers";
    public const string MeaningPatterns = Question + "patterns.meaning";
    public const string MeaningOfQuestionPatterns = Question + "patterns.meaningOfQuestion";
    public const string WhyPatterns = Question + "patterns.why";
    public const string ExamplePatterns = Question + "patterns.example";
    public const string SuggestionPatterns = Question + "patterns.suggestion";
    public const string OtherPatterns = Question + "patterns.other";

    public const string VagueDates = Dates + "vague";
    public const string FixedDays = Dates + "fixedDays";
    public const string Months = Dates + "months";
    public const string AmbiguousMonths = Dates + "ambiguousMonths";
    public const string Weekdays = Dates + "weekdays";
    public const string Seasons = Dates + "seasons";
    public const string AmbiguousSeasons = Dates + "ambiguousSeasons";
    public const string AsSoonAsPossible = Dates + "asap";
    public const string RelativeDateWords = Dates + "relative";
    public const string HourWords = Facts + "hourWords";
    public const string MinuteWords = Facts + "minuteWords";
    public const string HalfHour = Facts + "halfHour";
    public const string PerDay = Facts + "perDay";
    public const string PerWeek = Facts + "perWeek";
    public const string PerMonth = Facts + "perMonth";
    public const string ScaleWords = Facts + "scaleWords";
    public const string RatingWords = Facts + "ratingWords";
    public const string DeadlineWords = Facts + "deadlineWords";
    public const string WrongWords = Facts + "wrongWords";
    public const string DeadlineLeads = Facts + "deadlineLeads";
    public const string CheckInWords = Facts + "checkInWords";

    public const string StrongMarkers = Correction + "strongMarkers";
    public const string WeakMarkers = Correction + "weakMarkers";
    public const string TailMarkers = Correction + "tailMarkers";
    public const string Negators = Correction + "negators";
    public const string ValueFillers = Correction + "valueFillers";
    public const string Contrast = Correction + "contrast";
}

/// <summary>
/// The word lists and phrase patterns of <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>, read once per catalog and
/// locale (never per turn) and checked on the way: an empty list or a malformed pattern fails with its key named, so a
/// bad edit stops start-up instead of a turn. The question, fact and correction recognizers read only these tables.
/// </summary>
public sealed class RecognizerPhrases
{
    private static readonly ConditionalWeakTable<TextCatalog, Dictionary<string, RecognizerPhrases>> Cache = new();

    internal QuestionPhrases Question { get; }
    internal FactPhrases Facts { get; }
    internal CorrectionPhrases Correction { get; }
    internal DatePhrases Dates { get; }

    /// <summary>The locale's number and yes/no words with the date words of this catalog; what every date and weekday reader reads.</summary>
    internal RecognizerLocale Locale { get; }

    /// <summary>True for a month's name or short form in this catalog ("june", "sept").</summary>
    public bool IsMonthName(string word) => Locale.Words.Months.ContainsKey(word);

    private RecognizerPhrases(TextCatalog texts, string? locale)
    {
        var language = RecognizerLocale.For(locale);
        // The catalog's own number and yes/no words where it has them (every shipped one does); else the process's.
        var words = texts.Contains(LanguageWordTexts.Cardinals) ? LanguageWordTables.Read(texts, locale) : language.Words;
        Locale = language.WithWords(DateWordTables.Read(texts, locale, words));
        PhraseList List(string key) => PhraseList.Parse(key, texts.Get(key, locale));
        FrozenSet<string> Words(string key) => List(key).SingleWords(key);

        Question = new QuestionPhrases
        {
            LeadFillers = List(RecognizerTexts.LeadFillers),
            TailFillers = List(RecognizerTexts.TailFillers),
            NotQuestions = List(RecognizerTexts.NotQuestions),
            Spellings = ParseSpellings(RecognizerTexts.Spellings, texts.Get(RecognizerTexts.Spellings, locale)),
            Interrogatives = Words(RecognizerTexts.Interrogatives),
            Auxiliaries = Words(RecognizerTexts.Auxiliaries),
            QuantityWords = Words(RecognizerTexts.QuantityWords),
            Openers = Words(RecognizerTexts.QuestionOpeners),
            Subjects = Words(RecognizerTexts.Subjects),
            PersonOpeners = Words(RecognizerTexts.PersonOpeners),
            Copulas = Words(RecognizerTexts.Copulas),
            NotTerms = List(RecognizerTexts.NotTerms),
            Pronouns = Words(RecognizerTexts.Pronouns),
            Possessives = Words(RecognizerTexts.Possessives),
            Articles = Words(RecognizerTexts.Articles),
            Proposals = List(RecognizerTexts.Proposals),
            Clarifiers = List(RecognizerTexts.Clarifiers),
            AnswerOpeners = List(RecognizerTexts.AnswerOpeners),
            Addressees = Words(RecognizerTexts.Addressees),
            Askers = Words(RecognizerTexts.Askers),
            Patterns =
            [
                .. QuestionPattern.Parse(RecognizerTexts.WhyPatterns, texts.Get(RecognizerTexts.WhyPatterns, locale), QuestionKind.Why, slotAllowed: false),
                .. QuestionPattern.Parse(RecognizerTexts.ExamplePatterns, texts.Get(RecognizerTexts.ExamplePatterns, locale), QuestionKind.Example, slotAllowed: false),
                .. QuestionPattern.Parse(RecognizerTexts.SuggestionPatterns, texts.Get(RecognizerTexts.SuggestionPatterns, locale), QuestionKind.Suggestion, slotAllowed: false),
                .. QuestionPattern.Parse(RecognizerTexts.MeaningOfQuestionPatterns, texts.Get(RecognizerTexts.MeaningOfQuestionPatterns, locale), QuestionKind.Meaning, slotAllowed: false),
                .. QuestionPattern.Parse(RecognizerTexts.MeaningPatterns, texts.Get(RecognizerTexts.MeaningPatterns, locale), QuestionKind.Meaning, slotAllowed: true),
                .. QuestionPattern.Parse(RecognizerTexts.OtherPatterns, texts.Get(RecognizerTexts.OtherPatterns, locale), QuestionKind.Other, slotAllowed: true),
            ],
        };
        Facts = new FactPhrases
        {
            HourWords = Words(RecognizerTexts.HourWords),
            MinuteWords = Words(RecognizerTexts.MinuteWords),
            HalfHour = List(RecognizerTexts.HalfHour),
            PerDay = List(RecognizerTexts.PerDay),
            PerWeek = List(RecognizerTexts.PerWeek),
            PerMonth = List(RecognizerTexts.PerMonth),
            ScaleWords = List(RecognizerTexts.ScaleWords),
            RatingWords = List(RecognizerTexts.RatingWords),
            DeadlineWords = List(RecognizerTexts.DeadlineWords),
            WrongWords = List(RecognizerTexts.WrongWords),
            DeadlineLeads = List(RecognizerTexts.DeadlineLeads),
            CheckInWords = List(RecognizerTexts.CheckInWords),
        };
        Dates = new DatePhrases
        {
            Vague = List(RecognizerTexts.VagueDates),
            FixedDays = DatePhrases.ParseFixedDays(RecognizerTexts.FixedDays, texts.Get(RecognizerTexts.FixedDays, locale)),
        };
        Correction = new CorrectionPhrases
        {
            StrongMarkers = List(RecognizerTexts.StrongMarkers),
            WeakMarkers = List(RecognizerTexts.WeakMarkers),
            TailMarkers = List(RecognizerTexts.TailMarkers),
            Negators = List(RecognizerTexts.Negators),
            ValueFillers = List(RecognizerTexts.ValueFillers),
            Contrast = List(RecognizerTexts.Contrast),
        };
    }

    /// <summary>The tables for <paramref name="locale"/> (falling back as sentences do, to en-US); built once per catalog.</summary>
    /// <exception cref="InvalidDataException">A list is empty or a pattern is malformed; the message names the key.</exception>
    public static RecognizerPhrases From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var byLocale = Cache.GetValue(texts, static _ => new Dictionary<string, RecognizerPhrases>(StringComparer.OrdinalIgnoreCase));
        var name = locale ?? "";
        lock (byLocale)
        {
            if (!byLocale.TryGetValue(name, out var phrases)) byLocale[name] = phrases = new RecognizerPhrases(texts, locale);
            return phrases;
        }
    }

    /// <summary>
    /// Makes the number, time, yes/no and choice words of <paramref name="texts"/> (<c>recognizers.words.*</c>) the ones
    /// every recognizer reads; the host calls it once at start, so a bad edit fails start-up with its key named.
    /// </summary>
    /// <exception cref="InvalidDataException">A list is empty or malformed; the message names the key.</exception>
    public static void UseWordsOf(TextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        EnglishWords.Install(texts);
    }

    /// <summary>"what = waht, wat; why = wy": each misspelling to its right spelling.</summary>
    private static FrozenDictionary<string, string> ParseSpellings(string key, string value)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || Normalize(parts[0]) is not { Length: > 0 } right)
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"right = wrong1, wrong2\".");
            foreach (var wrong in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (Normalize(wrong) is { Length: > 0 } w && !map.TryAdd(w, right))
                    throw new InvalidDataException($"dialogs: '{key}' lists the misspelling '{wrong}' twice.");
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>One word as the tokenizer would give it ("What's" = "what's").</summary>
    internal static string? Normalize(string word) => TextTokenizer.Tokenize(word) is [{ Kind: TokenKind.Word } only] ? only.Text : null;
}

/// <summary>A list of phrases, each a sequence of words, longest first so the longest match wins.</summary>
internal sealed class PhraseList
{
    private readonly string[][] _phrases;

    private PhraseList(string[][] phrases) => _phrases = phrases;

    public static PhraseList Parse(string key, string value)
    {
        var phrases = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => TextTokenizer.Tokenize(item).Select(t => t.Text).ToArray())
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToArray();
        if (phrases.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
        return new PhraseList(phrases);
    }

    /// <summary>Each phrase as its words joined by single spaces.</summary>
    public IEnumerable<string> Joined() => _phrases.Select(p => string.Join(' ', p));

    /// <summary>The list as single words; fails naming the key if an item has several.</summary>
    public FrozenSet<string> SingleWords(string key)
    {
        if (_phrases.FirstOrDefault(p => p.Length != 1) is { } several)
            throw new InvalidDataException($"dialogs: '{key}' must list single words, but has '{string.Join(' ', several)}'.");
        return _phrases.Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How many words of the longest phrase that starts at <paramref name="at"/> (0 when none does).</summary>
    public int MatchAt(IReadOnlyList<string> words, int at, int end = -1)
    {
        if (end < 0) end = words.Count;
        foreach (var phrase in _phrases)
        {
            if (at + phrase.Length > end) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = Phrases.Same(words[at + k], phrase[k]);
            if (all) return phrase.Length;
        }
        return 0;
    }

    /// <summary>True when words [from, to) are exactly one phrase of the list.</summary>
    public bool IsWhole(IReadOnlyList<string> words, int from, int to) => to > from && MatchAt(words, from, to) == to - from;

    /// <summary>Skips phrases of the list, one after another, from <paramref name="at"/>; returns where they stop.</summary>
    public int SkipAll(IReadOnlyList<string> words, int at, int end = -1)
    {
        if (end < 0) end = words.Count;
        while (at < end && MatchAt(words, at, end) is > 0 and var length) at += length;
        return at;
    }

    /// <summary>Skips phrases of the list backwards from <paramref name="end"/>; returns the new end.</summary>
    public int TrimEnd(IReadOnlyList<string> words, int from, int end)
    {
        var changed = true;
        while (changed && end > from)
        {
            changed = false;
            for (var start = Math.Max(from, end - 6); start < end; start++)
            {
                if (MatchAt(words, start, end) == end - start) { end = start; changed = true; break; }
            }
        }
        return end;
    }
}

/// <summary>How words compare in the phrase tables: equal, or one typo in words of five letters or more.</summary>
internal static class Phrases
{
    public static bool Same(string said, string listed) =>
        said == listed || said.Length >= 5 && listed.Length >= 5 && EditDistance.Between(said, listed, 1) <= 1;

    public static bool In(FrozenSet<string> set, string word) => set.Contains(word);
}

internal sealed class QuestionPhrases
{
    public required PhraseList LeadFillers { get; init; }
    public required PhraseList TailFillers { get; init; }
    public required PhraseList NotQuestions { get; init; }
    public required FrozenDictionary<string, string> Spellings { get; init; }
    public required FrozenSet<string> Interrogatives { get; init; }
    public required FrozenSet<string> Auxiliaries { get; init; }
    public required FrozenSet<string> QuantityWords { get; init; }
    public required FrozenSet<string> Openers { get; init; }
    public required FrozenSet<string> Subjects { get; init; }
    public required FrozenSet<string> PersonOpeners { get; init; }
    public required FrozenSet<string> Copulas { get; init; }
    public required PhraseList NotTerms { get; init; }
    public required FrozenSet<string> Pronouns { get; init; }
    public required FrozenSet<string> Possessives { get; init; }
    public required FrozenSet<string> Articles { get; init; }
    public required PhraseList Proposals { get; init; }
    public required PhraseList Clarifiers { get; init; }
    public required PhraseList AnswerOpeners { get; init; }
    public required FrozenSet<string> Addressees { get; init; }
    public required FrozenSet<string> Askers { get; init; }
    public required IReadOnlyList<QuestionPattern> Patterns { get; init; }
}

internal sealed class FactPhrases
{
    public required FrozenSet<string> HourWords { get; init; }
    public required FrozenSet<string> MinuteWords { get; init; }
    public required PhraseList HalfHour { get; init; }
    public required PhraseList PerDay { get; init; }
    public required PhraseList PerWeek { get; init; }
    public required PhraseList PerMonth { get; init; }
    public required PhraseList ScaleWords { get; init; }
    public required PhraseList RatingWords { get; init; }
    public required PhraseList DeadlineWords { get; init; }
    public required PhraseList WrongWords { get; init; }
    public required PhraseList DeadlineLeads { get; init; }
    public required PhraseList CheckInWords { get; init; }
}

/// <summary>
/// Date words the date recognizer reads besides its locale tables: answers about when that name no date ("soon", "by my
/// birthday": the coach asks for one) and days with a fixed date every year ("christmas = 12-25").
/// </summary>
internal sealed class DatePhrases
{
    public required PhraseList Vague { get; init; }
    /// <summary>Each fixed day's words, longest first, with its month and day.</summary>
    public required IReadOnlyList<(string[] Words, int Month, int Day)> FixedDays { get; init; }

    /// <summary>"christmas = 12-25; new year's eve = 12-31": a name, then month-day.</summary>
    public static IReadOnlyList<(string[] Words, int Month, int Day)> ParseFixedDays(string key, string value)
    {
        var days = new List<(string[] Words, int Month, int Day)>();
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            var words = parts.Length == 2 ? TextTokenizer.Tokenize(parts[0]).Select(t => t.Text).ToArray() : [];
            var monthDay = parts.Length == 2 ? parts[1].Split('-') : [];
            if (words.Length == 0 || monthDay.Length != 2 || !int.TryParse(monthDay[0], out var month) || !int.TryParse(monthDay[1], out var day)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2028, month))
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"name = MM-DD\".");
            days.Add((words, month, day));
        }
        if (days.Count == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one day.");
        return [.. days.OrderByDescending(d => d.Words.Length)];
    }
}

internal sealed class CorrectionPhrases
{
    public required PhraseList StrongMarkers { get; init; }
    public required PhraseList WeakMarkers { get; init; }
    public required PhraseList TailMarkers { get; init; }
    public required PhraseList Negators { get; init; }
    public required PhraseList ValueFillers { get; init; }
    public required PhraseList Contrast { get; init; }
}

/// <summary>One question pattern: words before the {term} slot, whether there is a slot, and words after it.</summary>
internal sealed record QuestionPattern(QuestionKind Kind, string[] Before, bool HasSlot, string[] After)
{
    public const string Slot = "{term}";

    /// <summary>How many fixed words the pattern has: the more, the more specific ("what is the point" beats "what is {term}").</summary>
    public int Literals => Before.Length + After.Length;

    public static IEnumerable<QuestionPattern> Parse(string key, string value, QuestionKind kind, bool slotAllowed)
    {
        var items = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one pattern.");
        foreach (var item in items)
        {
            var slots = item.Split(Slot);
            if (slots.Length > 2) throw new InvalidDataException($"dialogs: '{key}' pattern '{item}' has more than one {Slot}.");
            if (slots.Length == 2 && !slotAllowed) throw new InvalidDataException($"dialogs: '{key}' pattern '{item}' may not have a {Slot}.");
            var before = Words(slots[0]);
            var after = slots.Length == 2 ? Words(slots[1]) : [];
            if (before.Length + after.Length == 0) throw new InvalidDataException($"dialogs: '{key}' pattern '{item}' has no words besides {Slot}.");
            yield return new QuestionPattern(kind, before, slots.Length == 2, after);
        }
    }

    private static string[] Words(string text) => TextTokenizer.Tokenize(text).Select(t => t.Text).ToArray();
}
