using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Library;

/// <summary>What a question is about: a library topic, something outside the library (with the nearest topic, if any), or neither.</summary>
public sealed record LibraryMatch(LibraryTopic? Topic, bool Outside, LibraryTopic? Nearest, bool Professional = false)
{
    public static readonly LibraryMatch None = new(null, false, null);
}

/// <summary>
/// The coaching library of dialogs/&lt;locale&gt;/library.yaml: finds the topic a career question is about and answers it
/// in a few short paragraphs, made personal with what the coach knows (the goal, its role, the skills rated low, the
/// deadline), ending with one step offered for the plan. A question about something the library does not cover
/// gets an honest "that's outside what I know well" and the nearest topic. No LLM: the words are ours, in data.
/// </summary>
public sealed class CareerLibrary
{
    private readonly CoachTexts _texts;
    private readonly CareerVocabulary _careers;
    private readonly List<LibraryTopic> _topics;
    private readonly List<(string Key, PhraseSet Words, string Nearest)> _outside;
    private readonly HashSet<string> _professional;
    private readonly PhraseSet _askingCues;
    private readonly CareerMoveReader _moves;
    private const string CareerChangeTopic = "careerChange";

    public CareerLibrary(CoachTexts texts)
    {
        _texts = texts;
        _careers = CareerVocabulary.From(texts.Catalog);
        _topics = LibraryTopic.All(texts.Catalog);
        _askingCues = PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.AskingCues));
        _moves = new CareerMoveReader(texts.Catalog, _careers);
        _outside = texts.Catalog.KeysStartingWith(LibraryTexts.OutsidePrefix)
            .Where(k => k.EndsWith(".words", StringComparison.Ordinal))
            .Select(k => k[LibraryTexts.OutsidePrefix.Length..^".words".Length])
            .Select(key =>
            {
                var nearest = texts.Catalog.Get(LibraryTexts.OutsidePrefix + key + ".nearest");
                if (nearest != "none" && _topics.All(t => t.Key != nearest))
                    throw new InvalidDataException($"library.outside.{key}.nearest names no topic: '{nearest}'.");
                return (key, PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.OutsidePrefix + key + ".words")), nearest);
            }).ToList();
        _professional = _outside.Where(o => texts.Catalog.Contains(LibraryTexts.OutsidePrefix + o.Key + ".professional")).Select(o => o.Key).ToHashSet();
    }

    public IReadOnlyList<LibraryTopic> Topics => _topics;

    /// <summary>True when the words ask for advice though no question is written ("... but I don't know where to start").</summary>
    public bool AsksForAdvice(string? text) => _askingCues.AnyIn(text);

    public CareerVocabulary Careers => _careers;

    /// <summary>The career-change wish the text states, when it is about changing careers and names the role wanted.</summary>
    public CareerMove? CareerMoveIn(ITurnContext context, string? text, LibraryMatch match) =>
        match.Topic?.Key == CareerChangeTopic ? _moves.Read(text, CoachTurn.State(context).Profile.CurrentRole) : null;

    /// <summary>The topic the text is about; something outside wins a tie, since answering it as a topic would mislead.</summary>
    public LibraryMatch Match(string? text)
    {
        var words = PhraseSet.Words(text);
        var (topic, score) = PhraseScore.Best(_topics.Select(t => (t, t.Words)), words);
        var (outside, outsideScore) = PhraseScore.Best(_outside.Select(o => (o, o.Words)), words);
        if (outsideScore > 0 && outsideScore >= score)
            return new LibraryMatch(null, true, _topics.FirstOrDefault(t => t.Key == outside.Nearest), _professional.Contains(outside.Key));
        return topic is null ? LibraryMatch.None : new LibraryMatch(topic, false, null);
    }

    /// <summary>
    /// The answer to a question the text asks, or null when it is about no topic and nothing known to be outside.
    /// <paramref name="offer"/> false leaves the offer out (asked at a prompt, which asks its own question next).
    /// <paramref name="honestWhenUnknown"/> answers "outside what I know well" even to a question that matches nothing.
    /// </summary>
    public string? TryAnswer(ITurnContext context, string? text, bool offer, bool honestWhenUnknown)
    {
        var match = Match(text);
        if (match.Topic is { } topic) return Answer(context, topic, offer, text);
        if (match.Outside || honestWhenUnknown) return Outside(context, match);
        return null;
    }

    /// <param name="text">The message, when the answer may be made personal from it (a career move it names).</param>
    public string Answer(ITurnContext context, LibraryTopic topic, bool offer, string? text = null)
    {
        var state = CoachTurn.State(context);
        var known = CoachKnowledge.Of(state, _careers);
        var answer = _texts.Text(context, topic.AnswerKey);
        var paragraphs = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Asked again right after (two phrasings of one worry): the later paragraphs, not the same words twice.
        if (state.LastTopic == topic.Key && paragraphs.Length > 1)
            answer = _texts.Text(context, LibraryTexts.Again, ("topic", _texts.Text(context, topic.TitleKey))) + "\n" + string.Join("\n", paragraphs[1..]);
        state.LastTopic = topic.Key;
        var parts = new List<string> { answer };
        if (known.Goal is { } goal)
        {
            var date = known.Deadline is { } d ? CoachTurn.Date(context, d) : _texts.Text(context, LibraryTexts.NoDeadline);
            parts.Add(_texts.Text(context, topic.PersonalKey, ("goal", CoachKnowledge.Quote(goal)), ("date", date)));
        }
        var move = topic.Key == CareerChangeTopic ? _moves.Read(text, state.Profile.CurrentRole) : null;
        if (move is not null)
        {
            parts.Add(MoveLine(context, move, state.Profile));
            if (offer) parts.Add(OfferMove(context, state, move));
            return string.Join("\n\n", parts);
        }
        if (topic.HasPersonalRole && known.Role is { } role) parts.Add(_texts.Text(context, topic.PersonalRoleKey, ("role", role)));
        if (topic.HasPersonalSkills && known.LowSkills.Count > 0)
            parts.Add(_texts.Text(context, topic.PersonalSkillsKey, ("skills", CoachKnowledge.JoinList(known.LowSkills))));
        if (offer) parts.Add(Offer(context, state, known.Goal, _texts.Text(context, topic.OfferKey), topic.DueDays, "library." + topic.Key));
        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// Offers a step for the goal in focus, kept in the state for a one-word yes. Without a goal there is no plan to
    /// add it to: the offer is then to set a first goal together, which a yes starts.
    /// </summary>
    public string Offer(ITurnContext context, CoachingState state, Goal? goal, string step, int dueDays, string source)
    {
        if (goal is null)
        {
            state.PendingOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, Source = source };
            return _texts.Text(context, LibraryTexts.OfferNoGoal);
        }
        var due = WorkingDayNear(CoachTurn.Today(context).AddDays(dueDays));
        if (goal.Deadline is { } deadline && due > deadline) due = deadline;
        state.PendingOffer = new PendingOffer { GoalId = goal.Id, Step = step, Due = due, Source = source };
        return _texts.Text(context, LibraryTexts.Offer, ("step", step), ("goal", Plans.PlanSteps.Number(goal)), ("date", CoachTurn.Date(context, due)));
    }

    /// <summary>The topic's offer, made personal as in <see cref="Answer"/> (for an answer worded elsewhere, by the LLM).</summary>
    public string OfferFor(ITurnContext context, LibraryTopic topic)
    {
        var state = CoachTurn.State(context);
        return Offer(context, state, CoachKnowledge.Of(state, _careers).Goal, _texts.Text(context, topic.OfferKey), topic.DueDays, "library." + topic.Key);
    }

    /// <summary>"From nurse to UX designer: you already bring communication ...; the skills to build first are ..."</summary>
    private string MoveLine(ITurnContext context, CareerMove move, Profile profile)
    {
        var to = move.To.Name;
        var rated = profile.Skills.Where(s => s.Rating >= 3).Select(s => _careers.SkillNamedBy(s.Name)?.Key).OfType<string>().ToHashSet();
        var gaps = move.To.SkillKeys.Where(k => move.From?.SkillKeys.Contains(k) != true && !rated.Contains(k)).Take(2)
            .Select(k => _careers.Skill(k)?.Name).OfType<string>().ToList();
        if (move.From is not { } from)
            return _texts.Text(context, LibraryTexts.PersonalMoveNoFrom, ("to", to), ("gaps", CoachKnowledge.JoinList(gaps)));
        var shared = move.To.SkillKeys.Where(k => from.SkillKeys.Contains(k) || rated.Contains(k)).Select(k => _careers.Skill(k)?.Name).OfType<string>().ToList();
        return shared.Count > 0
            ? _texts.Text(context, LibraryTexts.PersonalMove, ("from", from.Name), ("to", to), ("shared", CoachKnowledge.JoinList(shared)),
                ("toPlural", CareerVocabulary.Plural(to, move.To)), ("gaps", CoachKnowledge.JoinList(gaps)))
            : _texts.Text(context, LibraryTexts.PersonalMoveNoShared, ("from", from.Name), ("to", to), ("gaps", CoachKnowledge.JoinList(gaps)),
                ("aFrom", CareerVocabulary.WithArticle(from.Name)));
    }

    /// <summary>The move offered as a goal in the user's words; a yes starts the goal conversation with them.</summary>
    private string OfferMove(ITurnContext context, CoachingState state, CareerMove move)
    {
        var goal = _texts.Text(context, LibraryTexts.MoveGoal, ("aTo", CareerVocabulary.WithArticle(move.To.Name)));
        state.PendingOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, GoalText = goal, Source = "library." + CareerChangeTopic };
        return _texts.Text(context, LibraryTexts.OfferMove, ("goal", goal));
    }

    private string Outside(ITurnContext context, LibraryMatch match)
    {
        var said = match.Nearest is { } nearest
            ? _texts.Text(context, LibraryTexts.OutsideNearest, ("topic", _texts.Text(context, nearest.TitleKey)))
            : _texts.Text(context, LibraryTexts.OutsideNone);
        return match.Professional ? said + "\n\n" + _texts.Text(context, LibraryTexts.OutsideProfessional) : said;
    }

    /// <summary>A step due on a weekend moves to the Friday before, a holiday to the next working day (PlanSpacing).</summary>
    private static DateOnly WorkingDayNear(DateOnly date) => Plans.PlanSpacing.OnWorkingDay(date, date.AddDays(-7), date.AddDays(7));
}
