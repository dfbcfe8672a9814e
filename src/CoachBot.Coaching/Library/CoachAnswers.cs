using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Feelings;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Library;

/// <summary>
/// Everything the coach can say to a free message that is no command: questions about the coach, about the user's
/// own plan, career questions from the library, and feelings. One place decides the order, for the main menu and
/// for the question answerer the prompts ask.
/// </summary>
public sealed class CoachAnswers
{
    private readonly CareerLibrary _library;
    private readonly PlanStatus _plan;
    private readonly AboutCoach _about;
    private readonly FeelingReader _feelings;
    private readonly FeelingReply _feelingReply;
    private readonly RecognizerPhrases _phrases;
    private readonly CoachTexts _texts;
    private readonly RoleQuestion _roleQuestion;

    public CoachAnswers(CoachTexts texts, CoachingOptions options)
    {
        _texts = texts;
        _library = new CareerLibrary(texts);
        _roleQuestion = new RoleQuestion(texts, _library);
        _plan = new PlanStatus(texts, new Assessment.AssessmentWords(texts.Catalog));
        _about = new AboutCoach(texts, options);
        _feelings = new FeelingReader(texts.Catalog);
        _feelingReply = new FeelingReply(texts);
        _phrases = RecognizerPhrases.From(texts.Catalog);
    }

    public CareerLibrary Library => _library;
    public FeelingReader Feelings => _feelings;
    public FeelingReply FeelingReply => _feelingReply;
    public PlanStatus Plan => _plan;
    public RoleQuestion RoleQuestion => _roleQuestion;

    /// <summary>A question by its words, or by the question mark people end it with ("returning after burnout leave, any advice?").</summary>
    public bool IsQuestion(string? text) =>
        QuestionRecognizer.Recognize(text, _phrases) is not null || (text ?? "").TrimEnd().EndsWith('?');

    /// <summary>
    /// True when a question has an answer of its own beyond the plan: about the coach, on a library topic, or one the
    /// library honestly says is outside what it knows. An offer's "why?" or "how do I do that?" has none: it is about the offer.
    /// </summary>
    public bool HasOwnAnswer(string? text)
    {
        if (_about.Recognize(text) is not null) return true;
        var match = _library.Match(text);
        return match.Topic is not null || match.Outside;
    }

    private static bool StartsWithNumber(string? text) => text?.TrimStart() is { Length: > 0 } t && char.IsDigit(t[0]);

    private bool IsQuestionByWords(string? text) => QuestionRecognizer.Recognize(text, _phrases) is not null;

    /// <summary>
    /// The answer to a message at the main menu, or null when the coach has nothing for it (then the menu is shown).
    /// A question about something known is answered first; a feeling comes before a topic merely mentioned in passing;
    /// any other question gets the library's honest "outside what I know well".
    /// </summary>
    public string? AtMenu(ITurnContext context, bool aiConfigured)
    {
        var text = context.Activity.Text;
        var question = IsQuestion(text);
        if (_about.Recognize(text) is { } about) return _about.Answer(context, about, aiConfigured);
        if (_plan.Recognize(text) is { } plan) return _plan.Answer(context, plan);
        if (_roleQuestion.Read(text) is { } role) return _roleQuestion.Answer(context, role, offer: true);
        var match = _library.Match(text);
        if (question && match.Topic is not null) return _library.Answer(context, match.Topic, offer: true, text);
        if (_feelings.Read(text) is { } feeling) return _feelingReply.Say(context, feeling);
        // "7, and I can do about 5 hours a week": answers to goal questions nobody asked, not a topic mentioned in passing.
        if (!question && StartsWithNumber(text))
            return _texts.Text(context, CoachTurn.State(context).ActiveGoals.Any() ? LibraryTexts.StrayAnswers : LibraryTexts.StrayAnswersNoGoal);
        if (match.Topic is not null) return _library.Answer(context, match.Topic, offer: true, text);
        // Only a question the recognizer reads as one gets "outside what I know well": a '?' alone may be any language.
        return IsQuestionByWords(text) || match.Outside ? _library.TryAnswer(context, text, offer: true, honestWhenUnknown: true) : null;
    }

    /// <summary>
    /// What must be answered at the main menu before any command is read from the words: a question about the coach
    /// ("can anyone else see my plan?" is about privacy, not "my plan"), about the plan's progress, a feeling, or a
    /// question on a career topic ("can you help me with my resume?" is about the resume, not "help"). Null otherwise.
    /// </summary>
    public string? AtMenuFirst(ITurnContext context, bool aiConfigured) =>
        BeforeFeelingAtMenu(context, aiConfigured) ?? (_feelings.Read(context.Activity.Text) is { } feeling ? _feelingReply.Say(context, feeling) : null);

    /// <summary>The feeling <see cref="AtMenuFirst"/> answers, or null when it answers something else or nothing.</summary>
    public HeardFeeling? FeelingAtMenuFirst(ITurnContext context, bool aiConfigured) =>
        BeforeFeelingAtMenu(context, aiConfigured) is null ? _feelings.Read(context.Activity.Text) : null;

    private string? BeforeFeelingAtMenu(ITurnContext context, bool aiConfigured)
    {
        var text = context.Activity.Text;
        if (_about.Recognize(text) is { } about) return _about.Answer(context, about, aiConfigured);
        if (_plan.Recognize(text) is { } plan) return _plan.Answer(context, plan);
        if (_roleQuestion.Read(text) is { } role) return _roleQuestion.Answer(context, role, offer: true);
        var match = _library.Match(text);
        if ((IsQuestion(text) || _library.AsksForAdvice(text)) && match.Topic is not null) return _library.Answer(context, match.Topic, offer: true, text);
        // A career-change wish that names the role wanted ("... move into ux design, im a nurse") is heard as one, before a goal or a question is read from it.
        return _library.CareerMoveIn(context, text, match) is not null ? _library.Answer(context, match.Topic!, offer: true, text) : null;
    }

    /// <summary>
    /// What an LLM may answer in its own words at the menu, with the brief it gets: a career question on a library
    /// topic (not a career move, whose offer is a goal) or a feeling. Null for everything else: questions about the
    /// coach or the plan, commands, and crises (which never get here: the crisis check ends the turn first).
    /// </summary>
    public (AnswerBrief Brief, LibraryTopic? Topic)? FreeAnswerBrief(ITurnContext context)
    {
        var text = context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || _about.Recognize(text) is not null || _plan.Recognize(text) is not null) return null;
        var match = _library.Match(text);
        var state = CoachTurn.State(context);
        string kind;
        LibraryTopic? topic = null;
        if ((IsQuestion(text) || _library.AsksForAdvice(text)) && match.Topic is not null && _library.CareerMoveIn(context, text, match) is null)
        {
            kind = "question";
            topic = match.Topic;
        }
        else if (_feelings.Read(text) is { } feeling) kind = "feeling: " + feeling.Key;
        else return null;

        var known = CoachKnowledge.Of(state, _library.Careers);
        var brief = new AnswerBrief(kind, UserText.Clean(text), topic is null ? null : _texts.Text(context, topic.TitleKey),
            known.Goal is { } goal ? CoachKnowledge.Quote(goal) : null, known.Deadline, known.Role, state.Profile.CurrentRole,
            state.Profile.Strengths.Take(5).ToList(), known.LowSkills, state.Profile.Values.Select(v => v.Text).Take(3).ToList());
        return (brief, topic);
    }

    /// <summary>True when dialogs/ explains the coach's own word ("measurable", "a transferable skill": understanding.terms).</summary>
    public bool ExplainsTerm(string term)
    {
        var words = PhraseSet.Words(term).Where(w => w is not ("a" or "an" or "the")).ToList();
        if (words.Count == 0) return false;
        var last = words[^1];
        if (last.Length > 4 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal)) words[^1] = last[..^1];
        var key = words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return _texts.Catalog.Contains(TermsPrefix + key);
    }

    private const string TermsPrefix = "understanding.terms.";

    /// <summary>
    /// The answer to a question asked at one of the coach's prompts (which asks its own question again afterwards),
    /// or null when it is no career question: the prompt's own explanations answer the rest.
    /// </summary>
    public string? AtPrompt(ITurnContext context, string text, bool aiConfigured)
    {
        if (_about.Recognize(text) is { } about) return _about.Answer(context, about, aiConfigured);
        if (_plan.Recognize(text) is { } plan) return _plan.Answer(context, plan);
        if (_roleQuestion.Read(text) is { } role) return _roleQuestion.Answer(context, role, offer: false);
        return _library.TryAnswer(context, text, offer: false, honestWhenUnknown: false);
    }
}
