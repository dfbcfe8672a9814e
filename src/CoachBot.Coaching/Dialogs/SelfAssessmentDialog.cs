using System.Text.RegularExpressions;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Assessment;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Where the self-assessment is: the part asked, and whether only that part is being redone.</summary>
public sealed class AssessmentProgress
{
    /// <summary>The part being asked (one of <see cref="AssessmentParts.All"/>); null before the first.</summary>
    public string? Part { get; set; }

    /// <summary>True when one part alone is redone ("edit values"), then the summary follows.</summary>
    public bool OnlyThisPart { get; set; }

    /// <summary>True once the five-year question explored with a user who didn't know yet (asked once, not in a loop).</summary>
    public bool Explored { get; set; }

    /// <summary>The role directions offered while exploring (careers.yaml keys), so "the second one" can be read.</summary>
    public List<string> Directions { get; set; } = [];
}

/// <summary>
/// The self-assessment: one question per part, in order, then a profile summary the user confirms. Started with
/// <see cref="AssessmentProgress.OnlyThisPart"/> it asks that one part and shows the summary again (edit one part alone).
/// Answers are saved part by part, so nothing is lost when the user stops halfway.
/// </summary>
public sealed partial class SelfAssessmentDialog : ComponentDialog
{
    public const string DialogId = "assessment";
    private const string RunId = "assessment.run";
    private const string SummaryId = "assessment.summary";
    private const string TextPromptId = "assessment.text";
    private const string OutsidePromptId = "assessment.outsideText";
    private const string RankPromptId = "assessment.rank";
    private const string ConfirmPromptId = "assessment.confirm";
    private const string PartPromptId = "assessment.part";

    private readonly CoachTexts _texts;
    private readonly AssessmentWords _words;
    private readonly NamedGoal _goals;

    public SelfAssessmentDialog(CoachTexts texts) : base(DialogId)
    {
        _texts = texts;
        _words = new AssessmentWords(texts.Catalog);
        _goals = new NamedGoal(texts.Catalog, _words.Careers);
        AddDialog(new WaterfallDialog<AssessmentProgress>(RunId, DialogStateJsonContext.Default.AssessmentProgress,
            [AskPartAsync, SavePartAskRankingAsync, SaveRankingAskNextPartAsync]));
        AddDialog(new WaterfallDialog<AssessmentProgress>(SummaryId, DialogStateJsonContext.Default.AssessmentProgress,
            [ShowSummaryAskConfirmAsync, SaveProfileOrAskWhichPartAsync, RedoChosenPartAsync]));
        AddDialog(new TextPrompt(TextPromptId, NeedsWordsAsync));
        AddDialog(new TextPrompt(OutsidePromptId, NoOrWordsAsync));
        AddDialog(new MultiChoicePrompt(RankPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(PartPromptId));
        InitialDialogId = RunId;
    }

    /// <summary>Starts the assessment at one part only ("edit values").</summary>
    public static AssessmentProgress OnlyPart(string part) => new() { Part = part, OnlyThisPart = true };

    private async Task<DialogTurnResult> AskPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var context = step.Context;
        if (progress.Part is null) _texts.Say(context, AssessmentTexts.Intro, ("count", AssessmentParts.CountInWords(context.Activity.Locale)));
        var part = progress.Part ??= AssessmentParts.All[0];

        var question = _texts.Text(context, part == AssessmentParts.Vision5 && progress.Explored ? AssessmentTexts.ExploreAsk : AssessmentTexts.Ask(part));
        if (ChoicesFor(part) is { } set) question += "\n\n" + ChoiceFactory.NumberedList(_texts.Choices(context, set));
        if (ProfileView.Part(_texts, context, CoachTurn.State(context).Profile, part) is { } current)
            question += "\n\n" + _texts.Text(context, AssessmentTexts.Current, ("current", current));
        // The outside question asks whether there are any: there a plain "no" is an answer.
        return await step.PromptAsync(part == AssessmentParts.Outside ? OutsidePromptId : TextPromptId,
            new PromptOptions
            {
                Prompt = question, MaxLength = UserText.MaxAnswerLength, QuestionContext = PromptHelp.Assessment(part),
                // Never left silently: which command brings the question back.
                GiveUpPrompt = _texts.Text(context, AssessmentTexts.GaveUp, ("edit", _texts.Text(context, AssessmentTexts.EditCommand(part)))),
            }, ct);
    }

    private async Task<DialogTurnResult> SavePartAskRankingAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var part = progress.Part!;
        if (step.Result is PromptSignal { Kind: PromptSignalKind.Back } && !progress.OnlyThisPart)
        {
            progress.Part = AssessmentParts.Before(part) ?? part;
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // Not knowing where to be in five years is an answer worth exploring, once.
        if (part == AssessmentParts.Vision5 && !progress.Explored
            && (step.Result is PromptSignal { Kind: PromptSignalKind.NotSure } || step.Result is string unsure && _words.Unsure.AnyIn(unsure)))
        {
            Explore(step.Context, progress, step.Result as string);
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // "no" to "have you done any outside assessments?": none, and that's fine.
        if (part == AssessmentParts.Outside && step.Result is string none && IsBareYesOrNo(none, step.Context.Activity.Locale))
        {
            _texts.Say(step.Context, AssessmentTexts.OutsideNone);
            return await step.NextAsync(null, ct);
        }
        // Only numbers where no list was shown ("1, 3" at the work environment): no answer, and the question again.
        // After exploring, the directions were a list: "2" picks one (PickedDirection).
        if (step.Result is string numbers && ChoicesFor(part) is null && part != AssessmentParts.Skills && !numbers.Any(char.IsLetter)
            && !(part == AssessmentParts.Vision5 && progress.Directions.Count > 0))
        {
            _texts.Say(step.Context, AssessmentTexts.NumbersIsNoAnswer);
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // "a remote developer role": the setting is the answer ("remote"), and the job is left for the goal.
        if (part == AssessmentParts.Environment && step.Result is string withJob && NamesOnlyAJob(withJob)
            && SettingBesideAJob(withJob) is { } setting)
        {
            CoachTurn.State(step.Context).Profile.WorkEnvironment = setting.Environment;
            _texts.Say(step.Context, AssessmentTexts.EnvironmentWithJob, ("environment", setting.Environment), ("role", setting.Role));
            return await step.NextAsync(null, ct);
        }
        // "nurse in the intensive care unit, i want to move to something with data": the role today comes first, so it is
        // the answer; the aim after it is kept for the goal.
        var result = step.Result;
        if (part == AssessmentParts.Role && result is string withAim && _words.AimCues.AnyIn(withAim) && RoleBeforeAnAim(withAim) is var (now, then))
        {
            var state = CoachTurn.State(step.Context);
            if (_goals.Find(step.Context, then) is { } laterGoal && state.LaterOffer is not { Starts: PendingOffer.StartsGoal })
                state.LaterOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, GoalText = laterGoal, Source = "assessment.goal" };
            result = now;
        }
        // "i want an admin assistant job" at the current role is an aim: kept for the goal, and the question again.
        else if (part == AssessmentParts.Role && result is string aim && _words.AimCues.AnyIn(aim)
            && (_words.Careers.FindJob(aim) is not null || _words.Careers.FindRoles(aim).Count > 0))
        {
            var state = CoachTurn.State(step.Context);
            if (_goals.Find(step.Context, aim) is { } aimGoal && state.LaterOffer is not { Starts: PendingOffer.StartsGoal })
                state.LaterOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, GoalText = aimGoal, Source = "assessment.goal" };
            _texts.Say(step.Context, AssessmentTexts.RoleIsAim);
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // "an admin assistant job" names a job, not where or how the person works best: nothing kept, the question again.
        if (part == AssessmentParts.Environment && step.Result is string job && NamesOnlyAJob(job))
        {
            _texts.Say(step.Context, AssessmentTexts.EnvironmentIsJob);
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // Only "idk" (a vision was explored above): nothing is kept or said back, and the run moves on.
        if (step.Result is string unknown && _words.Unsure.AnyIn(unknown) && OnlyUnsure(KeyPhrase.CleanOrEmpty(unknown, _words)))
        {
            _texts.Say(step.Context, AssessmentTexts.UnsureLeftOut);
            return await step.NextAsync(null, ct);
        }
        // "money is tight right now so i need something that pays" at a strength or a skill: heard, noted as a value,
        // and never kept as a strength; with nothing else said, the question again.
        if (result is string withWorry && AsksForAbilities(part) && _words.ConstraintIn(withWorry) is not null)
        {
            var rest = ListParser.Split(UserText.Clean(withWorry)).Where(item => _words.ConstraintIn(item) is null).ToList();
            var heardConstraint = HearConstraint(step.Context, withWorry);
            if (rest.Count == 0)
            {
                step.Context.SendActivity(heardConstraint + " " + _texts.Text(step.Context, AssessmentTexts.ConstraintNotAnswer));
                return await step.ReplaceDialogAsync(RunId, progress, ct);
            }
            step.Context.SendActivity(heardConstraint);
            result = string.Join(", ", rest);
        }
        // "a hospital or clinic, hybrid would be perfect" at the skills question: no rating and no skill the vocabulary
        // knows, so nothing is rated 3 out of 5 in the person's name; the question again, with an example.
        if (part == AssessmentParts.Skills && result is string noSkills && !ListParser.Split(UserText.Clean(noSkills)).Any(ReadsAsASkill))
        {
            _texts.Say(step.Context, AssessmentTexts.NoSkillsRead);
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // Skipped, "not sure" or given up: the part keeps what it had, and the run moves on.
        if (result is string answer)
        {
            var context = step.Context;
            var profile = CoachTurn.State(context).Profile;
            if (part == AssessmentParts.Vision5) answer = PickedDirection(context, progress, answer) ?? answer;
            var saidBack = Store(context, profile, part, answer);
            // A vision said as a goal ("I want to be a business analyst by 2027") is offered as the first goal at the end.
            if (part is AssessmentParts.Vision5 or AssessmentParts.Vision10 && _goals.Find(context, answer) is { } goal
                && CoachTurn.State(context).LaterOffer is not { Starts: PendingOffer.StartsGoal })
                CoachTurn.State(context).LaterOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, GoalText = goal, Source = "assessment.goal" };
            var needsRanking = part == AssessmentParts.Values && profile.Values.Count > 3;
            if (!needsRanking && !saidBack) Acknowledge(context, part, answer, profile);
            if (needsRanking)
            {
                // The user's own words have no key: within this list, their text is their key.
                var chosen = profile.Values.Select(v => new Choice(RankKey(v), ProfileView.Show(_texts, context, AssessmentTexts.Values, v))).ToList();
                return await step.PromptAsync(RankPromptId, new PromptOptions
                {
                    Prompt = _texts.Text(context, AssessmentTexts.RankValues, ("count", profile.Values.Count)),
                    Choices = chosen,
                    AllowBack = false,
                    QuestionContext = PromptHelp.RankValues,
                }, ct);
            }
        }
        return await step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> SaveRankingAskNextPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var profile = CoachTurn.State(step.Context).Profile;
        if (step.Result is IReadOnlyList<FoundChoice> ranked)
        {
            var top = ranked.Select(r => profile.Values.First(v => RankKey(v) == r.Key)).ToList();
            profile.Values = top.Concat(profile.Values.Except(top)).Take(3).ToList();
            Acknowledge(step.Context, AssessmentParts.Values, "", profile);
        }
        else if (profile.Values.Count > 3)
        {
            profile.Values = profile.Values.Take(3).ToList();
        }
        var next = progress.OnlyThisPart ? null : AssessmentParts.After(progress.Part!);
        if (next is null) return step.ReplaceDialogAsync(SummaryId, null, ct);
        progress.Part = next;
        return step.ReplaceDialogAsync(RunId, progress, ct);
    }

    private async Task<DialogTurnResult> ShowSummaryAskConfirmAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var context = step.Context;
        var profile = CoachTurn.State(context).Profile;
        var summary = ProfileView.Build(_texts, context, profile);
        var insights = ProfileInsights.For(profile, _words, said => Say(context, said), CoachKnowledge.JoinList);
        if (insights.Count > 0)
        {
            var section = new RichSection { Heading = _texts.Text(context, AssessmentTexts.InsightsTitle) };
            section.Lines.AddRange(insights.Select((said, i) => new RichLine(Say(context, said), Emphasis: i == insights.Count - 1)));
            summary.Sections.Add(section);
        }
        context.SendActivity(MessageRenderer.Render(summary, context.Activity.ChannelId));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _texts.Text(context, AssessmentTexts.Confirm), AllowBack = false,
            QuestionContext = PromptHelp.ConfirmProfile }, ct);
    }

    private async Task<DialogTurnResult> SaveProfileOrAskWhichPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is false)
        {
            var parts = AssessmentParts.All.Select(p => new Choice(p, _texts.Text(context, AssessmentTexts.PartTitle(p)), [p])).ToList();
            return await step.PromptAsync(PartPromptId, new PromptOptions { Prompt = _texts.Text(context, AssessmentTexts.WhichPart), Choices = parts,
                QuestionContext = PromptHelp.WhichPart }, ct);
        }
        // Yes, or no clear answer after a few tries: the profile is kept as it is.
        var state = CoachTurn.State(context);
        state.Profile.Confirmed = true;
        // With a goal named on the way, that goal is offered next (PromptAsides.OfferWhenDone), not "set a new goal".
        _texts.Say(context, state.LaterOffer is { Starts: PendingOffer.StartsGoal } ? AssessmentTexts.SavedGoalNext : AssessmentTexts.Saved);
        // Otherwise the saved line asks whether to set a goal now, and a "yes" at the menu starts one (OfferReply).
        if (state.LaterOffer is not { Starts: PendingOffer.StartsGoal })
            state.PendingOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, Source = "assessment.saved" };
        return await step.EndDialogAsync(true, ct);
    }

    private Task<DialogTurnResult> RedoChosenPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct) =>
        step.Result is FoundChoice chosen
            ? step.ReplaceDialogAsync(RunId, OnlyPart(chosen.Key), ct)
            : step.ReplaceDialogAsync(SummaryId, null, ct);

    private string Say(ITurnContext context, Said said) => _texts.Text(context, said.Key, said.Args);

    /// <summary>One short line that shows the answer was heard, in the user's key phrase.</summary>
    private void Acknowledge(ITurnContext context, string part, string answer, Profile profile)
    {
        IReadOnlyList<string> shown = part switch
        {
            AssessmentParts.Values => ProfileView.Shown(_texts, context, AssessmentTexts.Values, profile.Values),
            AssessmentParts.Transferable => ProfileView.Shown(_texts, context, AssessmentTexts.Transferable, profile.TransferableSkills),
            _ => [],
        };
        context.SendActivity(Say(context, Hearing.For(part, answer, profile, shown, _words, said => Say(context, said))));
    }

    /// <summary>For a user who doesn't know yet: two questions to think about and a few roles drawn from what they said.</summary>
    private void Explore(ITurnContext context, AssessmentProgress progress, string? hint)
    {
        var profile = CoachTurn.State(context).Profile;
        var directions = RoleDirections.For(profile, new HeldSkills(profile, _words), _words, hint);
        progress.Explored = true;
        progress.Directions = directions.Select(d => d.Role.Key).ToList();
        _texts.Say(context, AssessmentTexts.ExploreIntro);
        _texts.Say(context, AssessmentTexts.ExploreQuestions);
        if (directions.Count == 0)
        {
            _texts.Say(context, AssessmentTexts.NoDirections);
            return;
        }
        var named = directions.Select(d => d.Uses.Count > 0
            ? _texts.Text(context, AssessmentTexts.Direction, ("role", d.Role.Name), ("skills", CoachKnowledge.JoinList(d.Uses.Select(s => s.Name).ToList())))
            : _texts.Text(context, AssessmentTexts.DirectionField, ("role", d.Role.Name))).ToList();
        _texts.Say(context, AssessmentTexts.Directions, ("directions", CoachKnowledge.JoinList(named)));
    }

    /// <summary>"2", "the second one" or a direction's name, after exploring: the role offered; null for anything else.</summary>
    private string? PickedDirection(ITurnContext context, AssessmentProgress progress, string answer)
    {
        if (progress.Directions.Count == 0) return null;
        var roles = progress.Directions.Select(key => _words.Careers.Roles.FirstOrDefault(r => r.Key == key)).OfType<Smart.CareerRole>().ToList();
        var choices = roles.Select(r => new Choice(r.Key, r.Name)).ToList();
        var found = ChoiceRecognizer.Recognize(answer, choices, context.Activity.Locale);
        return found is { Score: >= 0.8 } ? roles.First(r => r.Key == found.Key).Name : null;
    }

    /// <summary>
    /// Every question of the assessment asks for things in the person's words: none is answered by a bare yes or no
    /// (a "yes" to something the coach just said would otherwise be kept as a skill or a strength).
    /// </summary>
    private Task<bool> NeedsWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var answer = prompt.Recognized.Value;
        if (!UserText.HasWords(answer)) prompt.RetryText = _texts.Text(prompt.Context, AssessmentTexts.NeedWords);
        else if (IsBareYesOrNo(answer, prompt.Context.Activity.Locale)) prompt.RetryText = _texts.Text(prompt.Context, AssessmentTexts.YesNoIsNoAnswer);
        else if (TimeOnlyIn(prompt.Context, answer!) is { } time) prompt.RetryText = TimeIsNoAnswer(prompt.Context, time);
        else return Task.FromResult(true);
        return Task.FromResult(false);
    }

    /// <summary>"by next summer", "maybe 6 hours a week": only a date or an amount of time, which no question here asks for.</summary>
    private TimeOnlyAnswer? TimeOnlyIn(ITurnContext context, string answer)
    {
        var facts = FactRecognizer.RecognizeAll(answer, RecognizerPhrases.From(_texts.Catalog, context.Activity.Locale), context.Clock.GetUtcNow(),
            CoachTurn.Zone(context), context.Activity.Locale);
        return TimeOnlyReader.Read(answer, facts, _words.AroundTime, _words.AfterTime);
    }

    /// <summary>Says what the time sounded like; hours a week are kept for the plan (the first ones said, as the goal dialog asks later).</summary>
    private string TimeIsNoAnswer(ITurnContext context, TimeOnlyAnswer time)
    {
        if (!time.IsAmount) return _texts.Text(context, AssessmentTexts.DateIsNoAnswer);
        if (time.HoursPerWeek is not { } hours) return _texts.Text(context, AssessmentTexts.TimeIsNoAnswerRough);
        CoachTurn.State(context).WeeklyHours = hours;
        return _texts.Text(context, AssessmentTexts.TimeIsNoAnswer, ("hours", hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A plain "no" (none done) answers the outside question; anything else as every other question.</summary>
    private Task<bool> NoOrWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        IsBareYesOrNo(prompt.Recognized.Value, prompt.Context.Activity.Locale)
        && BooleanRecognizer.Recognize(prompt.Recognized.Value, prompt.Context.Activity.Locale) == false
            ? Task.FromResult(true)
            : NeedsWordsAsync(prompt, ct);

    /// <summary>Nothing but not knowing is left ("no clue" of "honestly no clue"): no answer to keep.</summary>
    private bool OnlyUnsure(string cleaned)
    {
        if (cleaned.Length == 0) return true;
        var words = PhraseSet.Words(cleaned);
        var covered = new bool[words.Count];
        foreach (var hit in _words.Unsure.Find(words))
            for (var i = hit.Start; i < hit.Start + hit.Length; i++) covered[i] = true;
        return covered.All(c => c);
    }

    /// <summary>"still no idea" is not knowing, which the vision questions explore: only a yes or no that says nothing else.</summary>
    private bool IsBareYesOrNo(string? answer, string? locale) =>
        answer is not null && answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !_words.Unsure.AnyIn(answer)
        && BooleanRecognizer.Recognize(answer, locale) is not null;

    /// <summary>A role or a job ("an admin assistant job", "a developer role") and little else: at most a word or two around it.</summary>
    private bool NamesOnlyAJob(string answer)
    {
        var said = PhraseSet.Words(answer).Count;
        if (_words.Careers.FindJob(answer) is { } job) return said - PhraseSet.Words(answer[job.Start..job.End]).Count <= 2;
        return _words.Careers.FindRoles(answer).FirstOrDefault() is { } role && said - PhraseSet.Words(role.Text).Count <= 2;
    }

    /// <summary>The setting words of an answer that names a job ("remote" in "a remote developer role"), and the role's name.</summary>
    private (string Environment, string Role)? SettingBesideAJob(string answer)
    {
        var words = PhraseSet.Words(answer);
        var found = _words.EnvironmentWords.Find(words).Select(h => string.Join(' ', words.Skip(h.Start).Take(h.Length))).Distinct().ToList();
        if (found.Count == 0) return null;
        var role = _words.Careers.FindJob(answer)?.Role ?? _words.Careers.FindRoles(answer).FirstOrDefault()?.Role;
        return role is null ? null : (string.Join(", ", found), role.Name);
    }

    /// <summary>The questions about what the person can do, where a worry or a constraint is no answer.</summary>
    private static bool AsksForAbilities(string part) =>
        part is AssessmentParts.Strengths or AssessmentParts.Growth or AssessmentParts.Interests or AssessmentParts.Skills or AssessmentParts.Transferable;

    /// <summary>
    /// The line that hears the constraint said, and the value it points to noted (while fewer than three are, and once),
    /// so the values question shows it as already there.
    /// </summary>
    private string HearConstraint(ITurnContext context, string said)
    {
        var constraint = _words.ConstraintIn(said)!;
        var profile = CoachTurn.State(context).Profile;
        if (_texts.Choices(context, AssessmentTexts.Values).FirstOrDefault(c => c.Key == constraint.ValueKey) is { } value
            && profile.Values.Count < 3 && profile.Values.All(v => v.Key != value.Key))
            profile.Values.Add(new ProfileChoice(value.Key, value.Title));
        return _texts.Text(context, $"assessment.constraints.{constraint.Key}.heard");
    }

    private static string RankKey(ProfileChoice item) => item.Key ?? item.Text;

    private static ChoiceSet? ChoicesFor(string part) => part switch
    {
        AssessmentParts.Values => AssessmentTexts.Values,
        AssessmentParts.Transferable => AssessmentTexts.Transferable,
        _ => null,
    };

    /// <returns>True when storing already said the answer back (skills none of which had a rating), so no second line does.</returns>
    private bool Store(ITurnContext context, Profile profile, string part, string answer)
    {
        var text = UserText.Clean(answer);
        switch (part)
        {
            case AssessmentParts.Strengths: profile.Strengths = CleanList(text); break;
            case AssessmentParts.Growth: profile.GrowthAreas = CleanList(text); break;
            case AssessmentParts.Interests: profile.Interests = CleanList(text); break;
            case AssessmentParts.Outside: profile.Outside = OutsideReader.Read(text, _words); break;
            case AssessmentParts.Values: profile.Values = PickOrOwn(context, text, AssessmentTexts.Values); break;
            case AssessmentParts.Transferable: profile.TransferableSkills = PickOrOwn(context, text, AssessmentTexts.Transferable); break;
            // Kept as said back, without lead-ins and hedges: the summary shows "accountant, 6 years", not "im an accountant, 6 years".
            case AssessmentParts.Environment: profile.WorkEnvironment = KeyPhrase.Clean(text, _words); break;
            case AssessmentParts.Role: profile.CurrentRole = KeyPhrase.Clean(text, _words); break;
            case AssessmentParts.Vision5: profile.Vision5Years = KeyPhrase.Clean(text, _words); break;
            case AssessmentParts.Vision10: profile.Vision10Years = KeyPhrase.Clean(text, _words); break;
            case AssessmentParts.Skills:
                var unrated = new List<string>();
                profile.Skills = ListParser.Split(text).Where(ReadsAsASkill).Select(item => ReadSkill(item, unrated)).DistinctBy(s => PhraseKey.Of(s.Name)).ToList();
                if (unrated.Count > 0) _texts.Say(context, AssessmentTexts.UnratedSkills, ("skills", string.Join(", ", unrated)));
                return unrated.Count > 0 && unrated.Count == profile.Skills.Count;
        }
        return false;
    }

    /// <summary>
    /// The items without their lead-ins ("I'm good at explaining things" keeps "explaining things"); an item that was
    /// only a filler ("idk, something in tech" keeps "something in tech") is left out, unless nothing else is left.
    /// </summary>
    private List<string> CleanList(string text)
    {
        // "15 years ago" after a comma only says when: no item, unless it is all there is.
        // "computers. i am scared of computers", "drawing? people say im creative": each sentence is an item of its own.
        var sentences = ListParser.Split(text).SelectMany(i => i.Split([". ", "! ", "? "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var items = sentences is var all && all.Where(i => !PastRole.IsOnlyTime(i, _words)).ToList() is { Count: > 0 } timed ? timed : all;
        items = items.Select(i => PastRole.Of(i, _words) is { } role ? PastRole.Kept(role) : i).ToList();
        var meant = items.Select(item => KeyPhrase.CleanOrEmpty(item, _words)).Where(item => item.Length > 0).ToList();
        return (meant.Count > 0 ? meant : items.Select(item => KeyPhrase.Clean(item, _words))).DistinctBy(item => PhraseKey.Of(item)).ToList();
    }

    /// <summary>Each item is one of the offered choices (by number, name or a close typo), kept by its key, or the user's own words.</summary>
    private List<ProfileChoice> PickOrOwn(ITurnContext context, string text, ChoiceSet set)
    {
        var choices = _texts.Choices(context, set);
        var picked = new List<ProfileChoice>();
        foreach (var item in ListParser.Split(text))
        {
            var found = ChoiceRecognizer.Recognize(item, choices, context.Activity.Locale);
            picked.Add(found is { Score: >= 0.8 } ? new ProfileChoice(found.Key, found.Title) : ProfileChoice.Own(KeyPhrase.Clean(item, _words)));
        }
        return picked.DistinctBy(p => p.Key ?? PhraseKey.Of(p.Text)).ToList();
    }

    /// <summary>A skill and its rating; the name without hedges ("running an office again maybe" keeps "running an office again").</summary>
    /// <summary>
    /// The role said in the first clause and the aim said after it ("nurse in the ICU, i want to move to something
    /// with data"), or null when the first clause is no role held today or already says what they want.
    /// </summary>
    private (string Now, string Then)? RoleBeforeAnAim(string text)
    {
        var clauses = text.Split([',', ';', '.'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length < 2 || _words.AimCues.AnyIn(clauses[0]) || !_words.AimCues.AnyIn(clauses[1])) return null;
        return _words.Careers.FindJob(clauses[0]) is not null || _words.Careers.FindRoles(clauses[0]).Count > 0 ? (clauses[0], clauses[1]) : null;
    }

    /// <summary>An item with a rating ("sql 1"), or a skill the vocabulary knows, or a short phrase ("patient care"), in words.</summary>
    private bool ReadsAsASkill(string item) =>
        // "2, 4": numbers alone name no skill.
        item.Any(char.IsLetter) && (RatedSkill().Match(item) is { Success: true } rated && rated.Groups["name"].Value.Trim().Length > 0
        || _words.Careers.FindSkills(item).Count > 0
        || PhraseSet.Words(KeyPhrase.Clean(item, _words)) is { Count: > 0 and <= MaxWordsOfAnUnratedSkill } words && !_words.NotASkill.AnyIn(words));

    /// <summary>Longer than this without a rating, an item is a sentence about something else, not a skill's name.</summary>
    private const int MaxWordsOfAnUnratedSkill = 5;

    private SkillRating ReadSkill(string item, List<string> unrated)
    {
        var match = RatedSkill().Match(item);
        if (match.Success && match.Groups["name"].Value.Trim().Length > 0)
            return new SkillRating(KeyPhrase.Clean(match.Groups["name"].Value, _words), int.Parse(match.Groups["rating"].Value));
        var name = KeyPhrase.Clean(item, _words);
        unrated.Add(name);
        return new SkillRating(name, 3);
    }

    [GeneratedRegex(@"^(?<name>.*?)[\s:=\-–(]*(?<rating>[1-5])(?:\s*(?:/|out of|of)\s*5)?\)?$")]
    private static partial Regex RatedSkill();
}
