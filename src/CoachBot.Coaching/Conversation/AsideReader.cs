using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Assessment;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Feelings;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Conversation;

/// <summary>What a message at an open question is when it is no answer to it.</summary>
public enum AsideKind { Greeting, Goodbye, Thanks, HeldYes, HeldNo, Plan, Role, Library, Outside, Goal, Feeling }

/// <summary>A message said on the side of a question, with what the coach read from it.</summary>
public sealed record Aside(AsideKind Kind)
{
    public HeardFeeling? Feeling { get; init; }
    public LibraryTopic? Topic { get; init; }
    public PlanQuestion? Plan { get; init; }
    public Smart.CareerRole? Role { get; init; }
    public OutsideResults? Outside { get; init; }

    /// <summary>The goal in the user's words, dates written out ("get back to work as a business analyst by 30 June 2027").</summary>
    public string? Goal { get; init; }

    /// <summary>
    /// With a feeling: the answer said beside it, in clauses of its own ("im an accountant, 6 years" from "im an
    /// accountant, 6 years, kinda burnt out tbh"), which the question takes once the feeling is heard; null when the
    /// message was the feeling alone or the two are not apart.
    /// </summary>
    public string? AnswerBeside { get; init; }
}

/// <summary>
/// Decides whether a message at one of the coaching prompts is an answer (null: the prompt reads it) or something said
/// on the side, in this order: hello, goodbye or thanks alone; a question about the plan; a question about what a
/// role is; a career question that is
/// not about the prompt itself; in the self-assessment, outside results or a goal typed at another question; a
/// feeling, unless at this place the sentence is also the answer. Pure but for the clock and zone of the turn.
/// </summary>
public sealed class AsideReader
{
    private readonly TextCatalog _texts;
    private readonly CoachAnswers _answers;
    private readonly AssessmentWords _assessment;
    private readonly NamedGoal _goals;
    private readonly PhraseSet _leaving;
    private readonly PhraseSet _thanks;
    private readonly PhraseSet _greeting;
    private readonly HashSet<string> _fillers;
    private readonly Dictionary<string, bool> _answerPlaces;
    private readonly HashSet<string> _answerFeelings;

    public AsideReader(TextCatalog texts, CoachAnswers answers)
    {
        _texts = texts;
        _answers = answers;
        _assessment = new AssessmentWords(texts);
        _goals = new NamedGoal(texts, answers.Library.Careers);
        _leaving = PhraseSet.Parse(texts.Get(AsideTexts.Leaving));
        _thanks = PhraseSet.Parse(texts.Get(AsideTexts.Thanks));
        _greeting = PhraseSet.Parse(texts.Get(AsideTexts.Greeting));
        _fillers = PhraseSet.Words(texts.Get(AsideTexts.Fillers).Replace(';', ' ')).ToHashSet(StringComparer.Ordinal);
        // "goal.relevant=any": every feeling may be part of the answer there; elsewhere only the answer feelings.
        _answerPlaces = texts.Get(AsideTexts.AnswerPlaces).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => p.Length > 1 && p[1] == "any", StringComparer.Ordinal);
        _answerFeelings = texts.Get(AsideTexts.AnswerFeelings).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
    }

    public Aside? Read(ITurnContext context, PromptPlace place, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || PromptCommands.Recognize(_texts, text, context.Activity.Locale) is not null) return null;
        var words = PhraseSet.Words(text);
        if (words.Count == 0) return null;

        if (Only(words, _greeting)) return new Aside(AsideKind.Greeting);
        if (_leaving.AnyIn(words) && Only(words, _leaving, _thanks)) return new Aside(AsideKind.Goodbye);
        if (Only(words, _thanks)) return new Aside(AsideKind.Thanks);
        // A yes or no right after an offer was held back is meant for the offer, except where the question asks for one.
        // A question is never that yes ("is it good?" holds "good").
        if (CoachTurn.State(context).LaterOffer is { JustHeld: true } && words.Count <= 4 && !AsksYesOrNo(place) && !_answers.IsQuestion(text)
            && BooleanRecognizer.Recognize(text, context.Activity.Locale) is { } yes)
            return new Aside(yes ? AsideKind.HeldYes : AsideKind.HeldNo);

        var question = _answers.IsQuestion(text);
        if (question && _answers.Plan.Recognize(text) is { } plan) return new Aside(AsideKind.Plan) { Plan = plan };
        if (_answers.RoleQuestion.Read(text) is { } role) return new Aside(AsideKind.Role) { Role = role };

        // "idk maybe like i want to move into product management by next summer, or maybe sooner?" at the goal question:
        // the goal, hedged with a question at its end, not a career question to answer instead.
        if (place.Key is GoalQuestionPlace or SpecificQuestionPlace && Commands.GoalStatement.Find(_texts, text, context.Activity.Locale) is not null) return null;
        var match = _answers.Library.Match(text);
        // "i'm so tired all the time, i don't know how long i can keep going like this": a feeling, not a question on
        // motivation; without a question mark it is heard first.
        var feltNotAsked = !text.Contains('?') && _answers.Feelings.Read(text) is not null;
        if ((question || _answers.Library.AsksForAdvice(text)) && !feltNotAsked && match.Topic is { } topic && !AboutThePrompt(context, place, text))
            return new Aside(AsideKind.Library) { Topic = topic };
        if (match.Outside && QuestionRecognizer.Recognize(text, RecognizerPhrases.From(_texts, context.Activity.Locale)) is not null)
            return new Aside(AsideKind.Library);

        if (place.InAssessment && place.Part is { } part && part != AssessmentParts.Outside)
        {
            if (OutsideIn(text, part) is { } outside) return new Aside(AsideKind.Outside) { Outside = outside };
            if (part is not (AssessmentParts.Vision5 or AssessmentParts.Vision10 or AssessmentParts.Role) && _goals.Find(context, text) is { } goal)
                return new Aside(AsideKind.Goal) { Goal = goal };
        }

        if (_answers.Feelings.Read(text) is { } feeling && !FeelingIsTheAnswer(place, text, feeling))
            return new Aside(AsideKind.Feeling) { Feeling = feeling, AnswerBeside = AnswerBesideTheFeeling(place, text) };
        return null;
    }

    /// <summary>Clause marks: a feeling said in a clause of its own is cut out at these.</summary>
    private static readonly char[] ClauseMarks = [',', ';', '.', '!', '\n'];

    /// <summary>
    /// The clauses of a self-assessment answer that hold no feeling, when some do and some don't and what is left says
    /// something (not only fillers). Only where the question takes free words: a list pick, a number or a date is read
    /// by its own rules.
    /// </summary>
    private string? AnswerBesideTheFeeling(PromptPlace place, string text)
    {
        if (!place.InAssessment || place.Kind != PromptKind.Words || AsksYesOrNo(place)) return null;
        var clauses = text.Split(ClauseMarks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length < 2) return null;
        var kept = clauses.Where(c => _answers.Feelings.Read(c) is null).ToList();
        if (kept.Count == 0 || kept.Count == clauses.Length) return null;
        var answer = string.Join(", ", kept);
        return PhraseSet.Words(answer).Any(w => !_fillers.Contains(w)) ? answer : null;
    }

    /// <summary>
    /// A feeling is the answer where the question takes words, the sentence says more than the feeling and the feeling
    /// is one an answer describes ("I get stressed in open offices" at the work environment, not "I'm scared I'm not
    /// good enough to manage people" at the growth areas); where it takes a number or a date, a digit is the answer.
    /// Strong distress is always heard first.
    /// </summary>
    private bool FeelingIsTheAnswer(PromptPlace place, string text, HeardFeeling feeling)
    {
        if (feeling.Distress) return false;
        var beside = _answers.Feelings.WordsBeside(text).Where(w => !_fillers.Contains(w)).ToList();
        if (beside.Count == 0) return false;
        if (_answerPlaces.TryGetValue(place.Key, out var anyFeeling)) return anyFeeling || _answerFeelings.Contains(feeling.Key);
        return text.Any(char.IsDigit);
    }

    private const string GoalQuestionPlace = GoalDialog.DialogId + ".goal";
    private const string SpecificQuestionPlace = GoalDialog.DialogId + ".specific";

    private static bool AsksYesOrNo(PromptPlace place) => place.Prompt is ConfirmPrompt or ChoicePrompt or MultiChoicePrompt;

    /// <summary>
    /// "What does measurable mean?", "why do you ask?", "can you give an example?": about the question itself (its
    /// own words, or why and how to answer it), which the prompt explains, even when a library topic shares a word.
    /// </summary>
    private bool AboutThePrompt(ITurnContext context, PromptPlace place, string text)
    {
        var asked = QuestionRecognizer.Recognize(text, RecognizerPhrases.From(_texts, context.Activity.Locale));
        if (asked is null) return false;
        if (asked.Kind is QuestionKind.Why or QuestionKind.Example or QuestionKind.Suggestion) return asked.Term is null;
        if (asked is not { Kind: QuestionKind.Meaning, Term: { } term }) return false;
        var termWords = PhraseSet.Words(term);
        var promptWords = PhraseSet.Words(place.Options.Prompt);
        return termWords.Count > 0 && termWords.All(w => promptWords.Contains(w));
    }

    /// <summary>
    /// Outside results typed at another question: at the skills question anything the reader finds (a type, themes,
    /// feedback: none of them is a skill to rate); elsewhere only themes or a type, since "people say I'm a good
    /// listener" at the strengths question is a strength.
    /// </summary>
    private OutsideResults? OutsideIn(string text, string part)
    {
        var found = OutsideReader.Read(text, _assessment);
        if (found.IsEmpty) return null;
        // "people management 4, leading team 4": rated skills, whatever feedback words their names hold.
        if (part == AssessmentParts.Skills && !ListParser.Split(text).Any(item => char.IsDigit(item[^1]))) return found;
        return found.Themes.Count > 0 || found.PersonalityType is not null ? found : null;
    }

    /// <summary>True when every word is in one of the sets' phrases or says nothing (a filler), and at least one phrase is there.</summary>
    private bool Only(List<string> words, params PhraseSet[] sets)
    {
        var covered = new bool[words.Count];
        var any = false;
        foreach (var set in sets)
            foreach (var hit in set.Find(words))
            {
                any = true;
                for (var i = hit.Start; i < hit.Start + hit.Length; i++) covered[i] = true;
            }
        return any && words.Select((w, i) => covered[i] || _fillers.Contains(w)).All(ok => ok);
    }
}
