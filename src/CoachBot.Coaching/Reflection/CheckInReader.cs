using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Reflection;

/// <summary>What got in the way, as the coach answers it (reflection.through.&lt;kind&gt;).</summary>
public enum Obstacle { None, Plan, Family, Health, Workload, Time, Motivation, Dependency, Resources, Skills }

/// <summary>A new opportunity (and how to offer it) or a challenge, read from a check-in answer.</summary>
public sealed record OpportunityReading(string? Opportunity, string? Kind, bool AsGoal, string? Challenge);

/// <summary>
/// How the check-in hears its answers (reflection.reading in dialogs/): the win to celebrate in the user's words,
/// cleaned; the kind of obstacle; whether the deadlines still hold; whether priorities changed and what to revisit;
/// an opportunity or a challenge. Pure; every word list is data.
/// </summary>
public sealed partial class CheckInReader
{
    private const string Reading = "reflection.reading.";

    private readonly PhraseSet _noWin;
    private readonly PhraseSet _leadIns;
    private readonly List<(Obstacle Kind, PhraseSet Words)> _obstacles;
    private readonly PhraseSet _datesWrong, _datesRight, _prioritiesSame, _prioritiesChanged, _revisitValues, _revisitGoal;
    private readonly List<(string Kind, PhraseSet Words)> _opportunities;
    private readonly PhraseSet _asGoal, _challenge, _nothingNew, _news, _plainOpportunity;
    private readonly PhraseSet _tails;
    private readonly Regex _clauseBreak, _offered, _hasA, _reasonBreak;
    private readonly List<(string Key, PhraseSet Words)> _progressLeads;
    private readonly PhraseSet _progressFillers;
    private readonly PhraseSet _telling;
    /// <summary>The word of where an opportunity is ("an opening at my friend's company"), reflection.reading.placeWord.</summary>
    private readonly string _place, _placeBetweenSpaces;
    /// <summary>The person speaking ("i"), reflection.reading.selfWords: never the owner of an opportunity, and no lead-in to keep.</summary>
    private readonly HashSet<string> _self;
    private readonly PhraseSet _noReason;

    public CheckInReader(TextCatalog texts)
    {
        PhraseSet List(string key) => PhraseSet.Parse(texts.Get(Reading + key));
        _noWin = List("noWin");
        _leadIns = List("winLeadIn");
        _tails = List("winTails");
        _obstacles = Enum.GetValues<Obstacle>().Select(k => (k, List("obstacle." + char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..]))).ToList();
        _datesWrong = List("datesWrong");
        _datesRight = List("datesRight");
        _prioritiesSame = List("prioritiesSame");
        _prioritiesChanged = List("prioritiesChanged");
        _revisitValues = List("revisitValues");
        _revisitGoal = List("revisitGoal");
        _opportunities = new[] { "opening", "event", "learning", "person", "project" }.Select(k => (k, List("opportunity." + k))).ToList(); // keys, not words
        _asGoal = List("asGoal");
        _challenge = List("challenge");
        _nothingNew = List("nothingNew");
        _news = List("news");
        _plainOpportunity = List("plainOpportunity");

        // The patterns' words come from reflection.reading too; an empty list fails start-up with its key named.
        string Any(string key)
        {
            var items = texts.Get(Reading + key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{Reading + key}' must list at least one phrase.");
            return "(?:" + string.Join('|', items.OrderByDescending(i => i.Length).Select(Regex.Escape)) + ")";
        }
        _place = texts.Get(Reading + "placeWord").Trim() is { Length: > 0 } place && !place.Contains(' ')
            ? place : throw new InvalidDataException($"dialogs: '{Reading}placeWord' must be one word.");
        _placeBetweenSpaces = " " + _place + " ";
        _self = new(texts.Get(Reading + "selfWords").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        if (_self.Count == 0) throw new InvalidDataException($"dialogs: '{Reading}selfWords' must list at least one word.");
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        _clauseBreak = new Regex($@"\s(?:,|{Any("clauseBreaks")})\s|,", Options);
        _offered = new Regex($@"\b{Any("offerers")}\s+(?<what>{Any("offered")} .+)$", Options);
        _hasA = new Regex($@"^(?:{Any("thereIs")} {Any("thereArticles")} (?<what>.+?) {Regex.Escape(_place)} (?<owner>.+)|(?<owner>.+?)\s+{Any("hasVerbs")}\s+{Any("hasArticles")}\s+(?<what>.+))$", Options);
        _reasonBreak = new Regex($@"\s*(?:[,;:]|!+|\.\s|\s[-–—]+\s|\s{Any("reasonBreaks")}\s)\s*", Options);
        _progressLeads = new[] { "done", "onTrack", "behind", "blocked" }.Select(k => (k, List("progressLead." + k))).ToList();
        _progressFillers = List("progressFillers");
        _telling = List("telling");
        _noReason = List("noReason");
    }

    /// <summary>What went well, as a phrase to celebrate ("spoke up in the leadership meeting"); null when nothing did.</summary>
    public string? Win(string? text)
    {
        if (!UserText.HasWords(text)) return null;
        var words = PhraseSet.Words(text);
        var noWin = _noWin.Find(words).ToList();
        // "nothing really" is no win; "eh. I guess I opened the book once" still is one.
        if (noWin.Count > 0 && noWin.DistinctBy(h => h.Phrase).Sum(h => h.Length) * 2 >= words.Count) return null;
        var phrase = Phrase(text);
        return phrase.Length == 0 ? null : phrase;
    }

    /// <summary>
    /// The kind of obstacle the answer names; <see cref="Obstacle.None"/> also for a shrug that is most of it ("not much
    /// tbh"), unless a kind is named ("not much time" is time).
    /// </summary>
    public Obstacle? ObstacleIn(string? text)
    {
        var (kind, score) = PhraseScore.Best(_obstacles.Select(o => ((Obstacle?)o.Kind, o.Words)), PhraseSet.Words(text));
        if (score > 0) return kind;
        return UserText.HasWords(text) && Win(text) is null ? Obstacle.None : null;
    }

    /// <summary>
    /// How the step is going when the answer says it first and then why ("way behind, work exploded", "blocked - waiting
    /// on my manager sign off"): the progress key (reading.progressLead) and the reason, empty when only thanks follow
    /// ("on track, thank you"); null for any other answer.
    /// </summary>
    public (string Key, string Reason)? ProgressWithReason(string? text)
    {
        var cleaned = UserText.Clean(text);
        if (_reasonBreak.Match(cleaned) is not { Success: true, Index: > 0 } cut) return null;
        var reason = cleaned[(cut.Index + cut.Length)..].Trim();
        if (!UserText.HasWords(reason)) return null;
        var head = PhraseSet.Words(cleaned[..cut.Index]).Where(w => !_progressFillers.AnyIn(w)).ToList();
        if (head.Count == 0) return null;
        // "on track, thank you": the progress said politely, with no reason after it (reading.noReason).
        var reasonWords = PhraseSet.Words(reason);
        var polite = _noReason.Find(reasonWords).Sum(h => h.Length) >= reasonWords.Count;
        foreach (var (key, words) in _progressLeads)
            if (words.Find(head).Any(h => h.Start == 0 && h.Length == head.Count)) return (key, polite ? "" : reason);
        return null;
    }

    /// <summary>
    /// True or false when the answer says whether the deadlines hold; null when it does not say. Asked elsewhere than at
    /// the deadlines question, only phrases of two words or more count ("way less time"), not a bare "no".
    /// </summary>
    public bool? DeadlinesRealistic(string? text, bool asked)
    {
        var words = PhraseSet.Words(text);
        int Score(PhraseSet set) => set.Find(words).DistinctBy(h => h.Phrase).Where(h => asked || h.Length >= 2).Sum(h => h.Length);
        var wrong = Score(_datesWrong);
        var right = asked ? Score(_datesRight) : 0;
        if (wrong == 0 && right == 0) return null;
        return right > wrong;
    }

    /// <summary>True when the answer says anything about priorities, changed or the same ("no", "same goals", "changed").</summary>
    public bool SpeaksOfPriorities(string? text)
    {
        var words = PhraseSet.Words(text);
        return PhraseScore.Of(_prioritiesChanged, words) > 0 || PhraseScore.Of(_prioritiesSame, words) > 0;
    }

    /// <summary>Something done, as news to celebrate ("finished my resume!!"); null when the answer tells of none (reading.news).</summary>
    public string? NewsOfAWin(string? text) =>
        _news.Find(PhraseSet.Words(text)).Any() && Win(text) is { } win ? win : null;

    /// <summary>Whether priorities changed, and then what to revisit: "values" or "goal".</summary>
    public (bool Changed, string? Revisit) Priorities(string? text)
    {
        var words = PhraseSet.Words(text);
        var changed = PhraseScore.Of(_prioritiesChanged, words);
        var same = PhraseScore.Of(_prioritiesSame, words);
        if (changed <= same) return (false, null);
        return (true, PhraseScore.Of(_revisitValues, words) > PhraseScore.Of(_revisitGoal, words) ? "values" : "goal");
    }

    /// <param name="minimum">
    /// The words needed to count: an answer about what went well names an opportunity only plainly ("finished the
    /// course" is no course on offer), with that many of its words or with a phrase that is one (reading.plainOpportunity:
    /// "she said her team has an opening").
    /// </param>
    public OpportunityReading Opportunity(string? text, int minimum = 1)
    {
        var words = PhraseSet.Words(text);
        var (kind, score) = PhraseScore.Best(_opportunities.Select(o => (o.Kind, o.Words)), words);
        var challenge = PhraseScore.Of(_challenge, words);
        if (challenge > 0 && challenge >= score) return new OpportunityReading(null, null, false, Phrase(text));
        if (score < minimum && !_plainOpportunity.AnyIn(words) || kind is null)
            return new OpportunityReading(null, null, false, null);
        if (_nothingNew.Find(words).Any(h => h.Length * 2 >= words.Count)) return new OpportunityReading(null, null, false, null);
        return new OpportunityReading(OpportunityPhrase(text), kind, _asGoal.AnyIn(words), null);
    }

    /// <summary>
    /// The user's words as a phrase the coach can say back: the first clause, without the words people put before it
    /// ("honestly just that I ...", "eh. I guess I ..."), emoji and trailing punctuation.
    /// </summary>
    public string Phrase(string? text)
    {
        var cleaned = Spaces().Replace(NotWordish().Replace(UserText.Clean(text), " "), " ").Trim();
        var cut = _clauseBreak.Match(cleaned);
        // A first clause of only lead-ins and a word ("ok la, i update my CV") is no clause of its own.
        if (cut.Success && cut.Index > 0 && StripLeadIns(cleaned[..cut.Index].Trim()).Contains(' ')) cleaned = cleaned[..cut.Index];
        cleaned = StripTails(StripLeadIns(cleaned.Trim()));
        return cleaned.Replace(",", "").TrimEnd('.', '!', '?', ' ');
    }

    /// <summary>An opportunity said with its story ("she offered to review my portfolio") is named by the part that offers.</summary>
    private string OpportunityPhrase(string? text)
    {
        var cleaned = Spaces().Replace(NotWordish().Replace(UserText.Clean(text), " "), " ").Trim();
        var offered = _offered.Match(cleaned);
        if (offered.Success) return offered.Groups["what"].Value.Replace(",", "").TrimEnd('.', '!', '?', ' ');
        // The clause that holds the opportunity: "my manager is leaving, her role might open up" is about the role.
        var clauses = _clauseBreak.Split(cleaned).Select(c => c.Trim()).Where(c => c.Contains(' ')).ToList();
        if (clauses.Count == 0) return Phrase(text);
        var best = clauses.MaxBy(c => _opportunities.Max(o => PhraseScore.Of(o.Words, PhraseSet.Words(c))) + PhraseScore.Of(_asGoal, PhraseSet.Words(c)))!;
        return AsThing(StripLeadIns(best).Replace(",", "").TrimEnd('.', '!', '?', ' '));
    }

    /// <summary>
    /// A sentence about who has the opportunity said as the thing itself, so it reads inside "Follow up on …":
    /// "my friend's company has a junior analyst opening" is "the junior analyst opening at my friend's company".
    /// </summary>
    private string AsThing(string phrase)
    {
        if (_hasA.Match(phrase) is not { Success: true } has) return phrase;
        var what = has.Groups["what"].Value;
        var where = WithoutTelling(has.Groups["owner"].Value);
        // "my friend has an opening at her company": the thing already says where it is.
        return what.Contains(_placeBetweenSpaces, StringComparison.OrdinalIgnoreCase) || _self.Contains(where)
            ? "the " + what
            : "the " + what + " " + _place + " " + where;
    }

    /// <summary>"said her team" is "her team": the words that report who told it (reading.telling) are no part of the owner.</summary>
    private string WithoutTelling(string owner)
    {
        var words = PhraseSet.Words(owner);
        var hit = _telling.Find(words).Where(h => h.Start == 0 && h.Length < words.Count).OrderByDescending(h => h.Length).FirstOrDefault();
        if (hit.Length == 0) return owner;
        var rest = owner;
        for (var i = 0; i < hit.Length && rest.IndexOf(' ') is var space and >= 0; i++) rest = rest[(space + 1)..];
        return rest;
    }

    /// <summary>Drops a laugh or a particle that ends the phrase ("... already haha"), when words are left before it.</summary>
    private string StripTails(string phrase)
    {
        while (true)
        {
            var space = phrase.TrimEnd('.', '!', '?', ' ').LastIndexOf(' ');
            if (space < 0 || !_tails.AnyIn(phrase[(space + 1)..])) return phrase;
            phrase = phrase[..space].TrimEnd(',', ' ');
        }
    }

    private string StripLeadIns(string phrase)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            var words = PhraseSet.Words(phrase);
            var hit = _leadIns.Find(words).Where(h => h.Start == 0 && h.Length < words.Count).OrderByDescending(h => h.Length).FirstOrDefault();
            var dropWords = hit.Length > 0 ? hit.Length : words.Count > 2 && _self.Contains(words[0]) ? 1 : 0;
            if (dropWords == 0) break;
            var rest = phrase;
            for (var i = 0; i < dropWords; i++)
            {
                var space = rest.IndexOf(' ');
                rest = space < 0 ? "" : rest[(space + 1)..];
            }
            if (rest.Length > 0)
            {
                phrase = rest;
                changed = true;
            }
        }
        return phrase;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}\s'’%\-,]")]
    private static partial Regex NotWordish();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
