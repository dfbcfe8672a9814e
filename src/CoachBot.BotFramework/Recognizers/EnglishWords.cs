using System.Collections.Frozen;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// The English number, time and yes/no words (en-US, en-GB and the fallback for languages without their own list). The
/// date words live in dialogs/&lt;locale&gt;/recognizers.yaml and are laid over these per catalog (<see cref="DateWordTables"/>).
/// </summary>
internal static class EnglishWords
{
    public static LanguageWords Instance { get; } = Build();

    private static LanguageWords Build()
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] unitOrdinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

        var cardinals = new Dictionary<string, int> { ["oh"] = 0, ["nil"] = 0, ["none"] = 0, ["fourty"] = 40 };
        var ordinals = new Dictionary<string, int> { ["hundredth"] = 100, ["thousandth"] = 1000 };
        for (var n = 0; n < units.Length; n++) { cardinals[units[n]] = n; ordinals[unitOrdinals[n]] = n; }
        for (var n = 0; n < tens.Length; n++) { cardinals[tens[n]] = 20 + 10 * n; ordinals[tenOrdinals[n]] = 20 + 10 * n; }
        cardinals.Remove("oh");

        var timeWords = new Dictionary<string, TimeWord>
        {
            ["am"] = TimeWord.Am, ["pm"] = TimeWord.Pm, ["noon"] = TimeWord.Noon, ["midday"] = TimeWord.Noon, ["lunchtime"] = TimeWord.Noon,
            ["midnight"] = TimeWord.Midnight, ["morning"] = TimeWord.Morning, ["mornings"] = TimeWord.Morning,
            ["afternoon"] = TimeWord.Afternoon, ["afternoons"] = TimeWord.Afternoon, ["evening"] = TimeWord.Evening,
            ["evenings"] = TimeWord.Evening, ["night"] = TimeWord.Night, ["tonight"] = TimeWord.Night, ["o'clock"] = TimeWord.OClock,
            ["oclock"] = TimeWord.OClock, ["half"] = TimeWord.Half, ["quarter"] = TimeWord.Quarter, ["past"] = TimeWord.Past,
            ["after"] = TimeWord.Past, ["to"] = TimeWord.To, ["till"] = TimeWord.To, ["every"] = TimeWord.Every, ["each"] = TimeWord.Every,
            ["at"] = TimeWord.At, ["on"] = TimeWord.On, ["in"] = TimeWord.In, ["the"] = TimeWord.The,
        };

        string[] yes = ["yes", "y", "yeah", "yea", "ya", "yah", "yep", "yup", "yas", "yess", "yesss", "ye", "sure", "sure thing", "ok", "okay", "okey", "k", "kk",
            "alright", "all right", "of course", "ofc", "absolutely", "definitely", "certainly", "indeed", "totally", "correct",
            "right", "that's right", "exactly", "affirmative", "true", "agreed", "i agree", "sounds good", "sounds great",
            "sounds fine", "sounds right", "looks good", "good", "great", "perfect", "fine", "go ahead", "go for it", "do it",
            "let's do it", "let's go", "please do", "yes please", "please", "why not", "for sure", "you bet", "no problem",
            "no worries", "i do", "i am", "i will", "i would", "i'd like that", "that works", "works for me", "that's fine",
            "that's it", "confirm", "confirmed", "👍", "👌", "✅", "✔", "✔️", "🙌", "💯"];
        string[] no = ["no", "n", "nope", "nah", "naw", "nay", "no way", "not really", "no thanks", "no thank you", "not now", "not yet",
            "not today", "never", "negative", "false", "incorrect", "wrong", "i don't", "i do not", "i won't", "don't", "do not",
            "i don't think so", "not at all", "definitely not", "absolutely not", "of course not", "rather not", "i'd rather not",
            "no need", "skip", "pass", "👎", "❌", "✖", "✖️", "🚫", "🙅"];
        string[] unsure = ["maybe", "perhaps", "possibly", "probably", "not sure", "unsure", "i don't know", "dont know", "don't know", "dunno",
            "idk", "kind of", "kinda", "sort of", "sorta", "depends", "it depends", "yes and no", "i guess", "🤷"];

        return new LanguageWords
        {
            Cardinals = cardinals.ToFrozenDictionary(),
            Ordinals = ordinals.ToFrozenDictionary(),
            Multipliers = new Dictionary<string, int> { ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["dozen"] = 12 }.ToFrozenDictionary(),
            Articles = FrozenSet.Create("a", "an"),
            NumberJoiner = "and",
            HalfWord = "half",
            OrdinalSuffixes = FrozenSet.Create("st", "nd", "rd", "th"),
            // The date words are read from dialogs/<locale>/recognizers.yaml (DateWordTables), per catalog.
            Months = FrozenDictionary<string, int>.Empty,
            AmbiguousMonths = FrozenSet<string>.Empty,
            Weekdays = FrozenDictionary<string, DayOfWeek>.Empty,
            DateWords = FrozenDictionary<string, DateWord>.Empty,
            Seasons = FrozenDictionary<string, Season>.Empty,
            AmbiguousSeasons = FrozenSet<string>.Empty,
            AsSoonAsPossiblePhrases = FrozenSet<string>.Empty,
            LongestAsSoonAsPossiblePhrase = 0,
            Possessives = FrozenSet.Create("my", "our", "your", "his", "her", "their", "its"),
            BareDayFollowers = FrozenSet.Create("at", "by", "or", "and", "please", "pls", "then", "latest", "if", "is", "works", "would", "will",
                "should", "could", "maybe", "ok", "okay", "for", "so", "as", "i", "we", "it", "in", "on", "to", "before", "after", "ideally",
                "perhaps", "probably", "the", "this", "next", "of", "sounds", "deadline"),
            RateHeads = FrozenSet.Create("hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "time", "times", "once",
                "twice", "thrice", "session", "sessions", "day", "days", "x", "evening", "evenings", "morning", "mornings"),
            PerWord = "per",
            DateLeadWords = FrozenSet.Create("by", "before", "until", "till", "til", "in", "on", "around", "during", "for", "from", "than",
                "due", "deadline", "next", "this", "coming", "last", "of", "early", "late", "mid", "end", "start", "beginning"),
            QuarterLetter = "q",
            HalfYearLetter = "h",
            TimeWords = timeWords.ToFrozenDictionary(),
            YesPhrases = yes.Select(WithoutApostrophes).ToFrozenSet(),
            NoPhrases = no.Select(WithoutApostrophes).ToFrozenSet(),
            UnsurePhrases = unsure.Select(WithoutApostrophes).ToFrozenSet(),
            Negations = FrozenSet.Create("not", "dont", "doesnt", "isnt", "never", "no", "cant", "wont"),
            LongestPhraseWords = 4,
            ChoiceIndexFillers = FrozenSet.Create("number", "no", "nr", "num", "option", "choice", "item", "the", "one", "please", "pick",
                "choose", "select", "i'll", "take", "i", "want", "go", "with", "i'd", "like", "let's"),
            LastChoiceWords = FrozenSet.Create("last"),
            AllChoicesWords = FrozenSet.Create("all", "everything", "every", "them", "of", "the", "above", "one", "ones", "both"),
            ListJoiners = FrozenSet.Create("and", "plus", "also", "or"),
            StopWords = FrozenSet.Create("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "my", "your", "i", "me", "with", "at", "by", "is", "it", "be"),
        };
    }

    /// <summary>Yes/no phrases are compared without apostrophes, so "dont" and "don't" read the same.</summary>
    internal static string WithoutApostrophes(string phrase) => phrase.Replace("'", "", StringComparison.Ordinal);
}
