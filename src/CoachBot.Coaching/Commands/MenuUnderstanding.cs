using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// A message at the main menu (nothing asked) that is no exact command: read by the understanding pipeline. In order:
/// an answer to what the menu offered last turn; another language (a kind reply); a goal stated ("I want to become a
/// data analyst" starts the goal dialog with it, unless what follows the opening is a command itself); the menu's
/// buttons by number, title or typo and every intent by meaning; a question (answered by the registered answerers);
/// then, unsure, the best guess asked once; and not understood, what was heard with the nearest things the coach can
/// do, never the bare menu.
/// </summary>
/// <param name="answerFirst">
/// What the coach's answers say before any command is read from the words (a question about the coach or the plan, a
/// feeling, a question on a career topic), or null.
/// </param>
/// <param name="feelingFirst">
/// The words that hear a feeling <paramref name="answerFirst"/> would answer (what was heard, that it is normal), or
/// null: said before the goal dialog starts when the same message states a goal.
/// </param>
/// <param name="answerElse">
/// What they say to a message that named no command: a career topic mentioned, or the honest "outside what I know
/// well" for a question no answerer had; asked before "not understood".
/// </param>
public sealed class MenuUnderstanding(CoachTexts texts, CommandHandler commands,
    Func<ITurnContext, string?>? answerFirst = null, Func<ITurnContext, string?>? answerElse = null,
    Func<ITurnContext, string?>? feelingFirst = null)
{
    private readonly Feelings.FeelingReader _feelings = new(texts.Catalog);
    private readonly PhraseSet _whereToStart = PhraseSet.Parse(texts.Catalog.Get(MenuTexts.WhereToStartWords));
    private readonly PhraseSet _englishWorry = PhraseSet.Parse(texts.Catalog.Get(MenuTexts.EnglishWorryWords));

    private static readonly SemanticScope[] Scopes = [new("menu.main"), new(IntentCommands.CommandsSet), new(IntentCommands.SocialSet)];

    public async Task HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var locale = context.Activity.Locale;
        var text = (context.Activity.Text ?? "").Trim();
        var understanding = TurnUnderstanding.Of(context, texts.Catalog);

        var offer = MenuOffer.Take(context);
        if (offer is not null)
        {
            if (Picked(context, offer, text) is { } picked)
            {
                await RunAsync(dc, picked, text, offer.GoalText, sayBack: false, cancellationToken).ConfigureAwait(false);
                return;
            }
            if (offer.Confirming && BooleanRecognizer.Recognize(text, locale) == false)
            {
                commands.SendMenu(context, CoachingTexts.Help);
                return;
            }
        }

        // "5" when fewer options were shown: how many there are, and the same options again.
        if (BareNumber(text) is { } number)
        {
            var shown = offer?.Keys ?? texts.Catalog.Choices.Get(CoachingTexts.Menu, locale).Select(c => c.Key).ToList();
            if (number < 1 || number > shown.Count)
            {
                var sentence = texts.Text(context, MenuTexts.OutOfRange, ("count", shown.Count));
                if (offer is null) commands.SendMenuUnder(context, sentence);
                else Offer(context, shown.ToList(), offer.Confirming, sentence);
                return;
            }
        }

        // The coach's own answers come before a command is read from the words ("can anyone else see my plan?").
        if (answerFirst?.Invoke(context) is { } first)
        {
            // A feeling with a goal ("I'm so burnt out, but I want to become a team lead by next summer"): both are heard.
            // The goal is looked for first: most answers here state none, and the feeling's check re-reads the coach's answers.
            // The feeling is heard in one line, then the goal offered with its words: a yes starts it (OfferReply), at the person's pace.
            if (feelingFirst is not null && GoalWithAFeeling(text, locale) is { } goal && feelingFirst(context) is { } feeling)
            {
                CoachTurn.State(context).PendingOffer = new Model.PendingOffer { Starts = Model.PendingOffer.StartsGoal, GoalText = goal, Source = "menu.feeling" };
                context.SendActivity(feeling + "\n\n" + texts.Text(context, MenuTexts.FeelingThenGoal, ("goal", goal)));
                return;
            }
            context.SendActivity(first);
            return;
        }

        var reading = await ReadAsync(text, locale, understanding, context, cancellationToken).ConfigureAwait(false);
        // "hi, sorry my english is not perfect": the worry is answered when it is all the message says besides a greeting.
        if ((reading.Kind is MenuReadingKind.Confirm or MenuReadingKind.NotUnderstood
                || reading is { Kind: MenuReadingKind.Intent, Key: var said } && IsSocial(said))
            && OnlyAnEnglishWorry(text, locale))
        {
            commands.SendMenu(context, MenuTexts.EnglishWorryReply);
            return;
        }
        // "i am a nurse, 9 years": who they are, heard as such, with the step that fits (a "yes" takes it).
        if (reading.Kind is MenuReadingKind.Confirm or MenuReadingKind.NotUnderstood && Assessment.RoleHeld.Introduced(texts.Catalog, text, locale) is { } role)
        {
            var profile = CoachTurn.State(context).Profile;
            var profiled = !profile.IsEmpty;
            if (string.IsNullOrWhiteSpace(profile.CurrentRole)) profile.CurrentRole = role;
            Offer(context, profiled ? ["newGoal", "myPlan"] : ["selfAssessment", "newGoal"], confirming: true,
                texts.Text(context, profiled ? MenuTexts.IntroductionProfiled : MenuTexts.IntroductionFresh,
                    ("aRole", Smart.CareerVocabulary.WithArticle(role))));
            return;
        }
        if (reading.Kind is MenuReadingKind.Confirm or MenuReadingKind.NotUnderstood && answerElse?.Invoke(context) is { } answer)
        {
            context.SendActivity(answer);
            return;
        }
        switch (reading.Kind)
        {
            case MenuReadingKind.OtherLanguage:
                texts.Say(context, UnderstandingTexts.OtherLanguage);
                return;
            case MenuReadingKind.Command:
                await commands.HandleAsync(dc, reading.Command!, cancellationToken).ConfigureAwait(false);
                return;
            case MenuReadingKind.Intent:
                // "sorry my english is bad, i want to become a nurse": the apology is answered kindly, then the goal starts.
                if (reading is { Key: "newGoal", GoalText: not null } && _englishWorry.AnyIn(text)) texts.Say(context, MenuTexts.EnglishWorryReply);
                await RunAsync(dc, reading.Key!, text, reading.GoalText, reading.SaysBack, cancellationToken).ConfigureAwait(false);
                return;
            case MenuReadingKind.Question:
                context.SendActivity(await understanding.TryAnswerAsync(context, reading.Question!, null, text, cancellationToken).ConfigureAwait(false)
                    ?? answerElse?.Invoke(context) ?? texts.Text(context, UnderstandingTexts.NoAnswer));
                return;
            case MenuReadingKind.Confirm:
                Offer(context, reading.Nearest.ToList(), confirming: true, texts.Text(context, MenuTexts.DidYouMean, ("title", TitleOf(context, reading.Nearest[0]))));
                return;
            default:
                // "i work as an admin assistant": where they are, said back by the role's name, and a goal offered.
                if (Assessment.RoleHeld.Only(texts.Catalog, text, locale) is { } held)
                {
                    var profile = CoachTurn.State(context).Profile;
                    if (string.IsNullOrWhiteSpace(profile.CurrentRole)) profile.CurrentRole = held.Name;
                    CoachTurn.State(context).PendingOffer = new Model.PendingOffer { Starts = Model.PendingOffer.StartsGoal, Source = "menu.roleHeld" };
                    texts.Say(context, Assessment.RoleHeld.HeardAtMenu, ("aRole", Smart.CareerVocabulary.WithArticle(held.Name)));
                    return;
                }
                var heard = text.Length > 60 ? text[..57] + "..." : text;
                Offer(context, reading.Nearest.ToList(), confirming: false, texts.Text(context, MenuTexts.Heard, ("heard", heard)));
                return;
        }
    }

    /// <summary>What a message at the menu means, decided without acting on it (the conversation and the labelled-set test share it).</summary>
    public async ValueTask<MenuReading> ReadAsync(string text, string? locale, Understander understanding, BotFramework.Builder.ITurnContext? turn,
        CancellationToken cancellationToken)
    {
        if (understanding.Languages.OtherLanguageOf(text) is not null) return new(MenuReadingKind.OtherLanguage);
        // Keyboard mashing, "lol", emoji, "Sent from my iPhone": no command is near it, whatever a matcher would guess.
        if (NoiseDetector.From(texts.Catalog).IsNoise(text)) return new(MenuReadingKind.NotUnderstood, NearestKeys: Fallback().Take(Understander.MaxNearest).ToList());

        // "actually make it london", "sorry, I meant 10am" once check-ins are set: the schedule changes, and says how.
        if (turn is not null && ScheduleCorrection.Read(text, CheckInTurns.Find(turn), ScheduleWords.From(texts.Catalog, locale), locale) is { } fix)
            return new(MenuReadingKind.Command, Command: new CoachCommand(CoachCommandKind.Schedule, Text: fix));

        // The intents' own titles and synonyms, whole ("thanks!", "bye"), with or without the matcher.
        if (ExactIntent(locale, text) is { } exact) return new(MenuReadingKind.Intent, exact);

        // "move 2 to 15 jan 2028", "rename 3 to ...": a change to a step of the plan, done by the plan editor at once.
        if (PlanEditCommand.Parse(text) is { Kind: PlanEditKind.Move or PlanEditKind.Rename or PlanEditKind.Remove or PlanEditKind.Skip or PlanEditKind.Reopen } edit
            && edit.Step.Step > 0)
            return new(MenuReadingKind.Command, Command: new CoachCommand(CoachCommandKind.EditPlan, Goal: edit.Step.Goal, Text: text));

        var question = understanding.FindQuestion(text, locale);
        // "I want to ...", or after a first clause ("i just graduated and i need a job lol").
        var goal = question is null ? GoalStatement.Find(texts.Catalog, text, locale) ?? GoalStatement.FindInALaterClause(texts.Catalog, text, locale) : null;
        if (goal is not null && CommandRecognizer.Recognize(texts.Catalog, goal, locale) is { } inner) return new(MenuReadingKind.Command, Command: inner);
        if (goal is not null && GoalStatement.AsksForGoal(texts.Catalog, goal)) return new(MenuReadingKind.Intent, "newGoal");

        // With a goal stated, only the words after the opening can name another command ("I want to change some steps").
        var reading = await understanding.ReadChoiceAsync(goal ?? text, texts.Catalog.Choices.Get(CoachingTexts.Menu, locale), Scopes, locale, turn,
            cancellationToken, anyKeyOfScopes: true).ConfigureAwait(false);
        if (goal is not null && (reading.Kind != UnderstoodKind.Taken || reading.Key is "newGoal" || IsSocial(reading.Key)))
            return new(MenuReadingKind.Intent, "newGoal", GoalText: GoalStatement.AsGoal(texts.Catalog, goal, text, locale));
        // "goal 1 is achieved", "put my second goal on hold": a goal of the plan is named, so it is never a new one.
        if (goal is null && reading.Nearest.Contains("newGoal") && GoalStatement.NamesAGoal(texts.Catalog, text)) reading = WithoutNewGoal(reading);
        // A goal typed as people do, without "I want to" ("idk maybe like get a ux job by next summer"): the goal dialog reads it (goals' rule).
        if (goal is null && question is null && (reading.Kind != UnderstoodKind.Taken || reading.Key is "newGoal" or "notUnderstood") && turn is not null && !GoalStatement.NamesAGoal(texts.Catalog, text)
            && Smart.StatedGoal.Is(text, turn.Clock.GetUtcNow(), CoachTurn.Zone(turn), locale, Smart.GoalVocabulary.From(texts.Catalog, locale)))
            return new(MenuReadingKind.Intent, "newGoal", GoalText: text);
        if (reading.Kind == UnderstoodKind.Taken && reading.Key != "notUnderstood")
            return new(MenuReadingKind.Intent, reading.Key, SaysBack: reading.SaysBack);
        // "not sure where to start", "what should i do first?": a coach says where to begin (a career topic with it
        // was answered before this, by the library).
        if (goal is null && _whereToStart.AnyIn(text))
            return new(MenuReadingKind.Intent, WhereToStart);
        // "can we do the profile questions now?": a request put as a question, asked about when its words fit a command.
        if (question is not null && !(question.Kind == QuestionKind.Other && IsRequest(text) && reading.Kind == UnderstoodKind.Confirm
                && reading.Key is { } asked && !IsSocial(asked) && IntentWords.SharesAWord(texts.Catalog, text, asked, locale)))
            return new(MenuReadingKind.Question, Question: question);

        var nearest = reading.Nearest.Where(k => !IsSocial(k) && k != "notUnderstood").Take(Understander.MaxNearest).ToList();
        // A guess by meaning alone that shares no word with what it guesses is chatter ("my coffee's gone cold" is not
        // "pause a goal"): offered among the nearest things, never asked about as if it were meant. One of the nearest
        // that does share a word is the better guess ("edit intrests" is about the profile, not the plan).
        if (reading.Kind == UnderstoodKind.Confirm && nearest.Count > 0)
        {
            if (reading.By != UnderstoodBy.Meaning) return new(MenuReadingKind.Confirm, nearest[0], NearestKeys: nearest);
            if (nearest.FirstOrDefault(k => IntentWords.SharesAWord(texts.Catalog, goal ?? text, k, locale)) is { } supported)
                return new(MenuReadingKind.Confirm, supported, NearestKeys: [supported, .. nearest.Where(k => k != supported)]);
        }
        if (nearest.Count < 2) nearest = nearest.Concat(Fallback()).Distinct().Take(Understander.MaxNearest).ToList();
        return new(MenuReadingKind.NotUnderstood, NearestKeys: nearest);
    }

    /// <summary>The goal a message states, at its start or in a later clause, when it is a goal and no command or request for one.</summary>
    private string? GoalWithAFeeling(string text, string? locale)
    {
        var goal = GoalStatement.Find(texts.Catalog, text, locale) ?? GoalStatement.FindInALaterClause(texts.Catalog, text, locale);
        if (goal is null || CommandRecognizer.Recognize(texts.Catalog, goal, locale) is not null || GoalStatement.AsksForGoal(texts.Catalog, goal)) return null;
        var at = text.LastIndexOf(goal, StringComparison.Ordinal);
        if (at < 0) return null;
        // "become a data analyst but i don't know if i'm too old for this": the doubt after it is no part of the goal.
        var (kept, doubt) = WithoutDoubt(goal);
        // The feeling is said around the goal: "i need a break" is the feeling itself, not a goal said with it.
        return _feelings.Read(text[..at]) is null && doubt is null ? null : GoalStatement.AsGoal(texts.Catalog, kept, text, locale);
    }

    /// <summary>The goal up to a later clause that is a feeling or a doubt ("..., but i'm scared"), and that clause; the goal whole otherwise.</summary>
    private (string Goal, string? Doubt) WithoutDoubt(string goal)
    {
        var joiners = texts.Catalog.Get(MenuTexts.GoalDoubtJoiners).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var lower = goal.ToLowerInvariant();
        var cuts = joiners.SelectMany(joiner => Enumerable.Range(1, Math.Max(0, lower.Length - 1))
            .Where(i => string.CompareOrdinal(lower, i, " " + joiner + " ", 0, joiner.Length + 2) == 0)).Order();
        foreach (var i in cuts)
            if (_feelings.Read(goal[i..]) is not null && goal[..i].TrimEnd(',', ' ') is { Length: > 0 } before) return (before, goal[i..]);
        return (goal, null);
    }

    /// <summary>"5", "5.", "#5": only a whole number, as a pick from a numbered list.</summary>
    private static int? BareNumber(string text) =>
        int.TryParse(text.Trim().TrimStart('#').TrimEnd('.', ')', '!'), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    private static Understood WithoutNewGoal(Understood reading)
    {
        var rest = reading.Nearest.Where(k => k != "newGoal").ToList();
        return rest.Count == 0 ? Understood.Nothing([]) : Understood.Ask(rest, reading.By);
    }

    /// <summary>"can we ...", "could you ...": a request in the form of a question (intents.requestOpenings).</summary>
    private bool IsRequest(string text)
    {
        var said = PhraseKey.Of(text) + " ";
        return texts.Catalog.Get(MenuTexts.RequestOpenings).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(opening => said.StartsWith(PhraseKey.Of(opening) + " ", StringComparison.Ordinal));
    }

    /// <summary>Not knowing where to begin: answered with the step that fits how far they are.</summary>
    private const string WhereToStart = "whereToStart";

    /// <summary>
    /// Where to begin, for someone who says they don't know: taking stock when nothing is known of them yet, a goal
    /// once the profile is there, the plan and a check-in once there is a goal. The first of the offered keys is what
    /// a "yes" picks.
    /// </summary>
    private void SuggestWhereToStart(BotFramework.Builder.ITurnContext context)
    {
        var state = CoachTurn.State(context);
        var (sentence, keys) = state.Goals.Count > 0 ? (MenuTexts.WhereToStartPlanned, new List<string> { "myPlan", "checkInStart", "newGoal" })
            : state.Profile.IsEmpty ? (MenuTexts.WhereToStartFresh, ["selfAssessment", "newGoal"])
            : (MenuTexts.WhereToStartProfiled, ["newGoal", "selfAssessment"]);
        Offer(context, keys, confirming: true, texts.Text(context, sentence, ("count", Dialogs.AssessmentParts.CountInWords(context.Activity.Locale))));
    }

    /// <summary>Every clause is the worry about English, a greeting, thanks or nothing ("hi, sorry my english is bad").</summary>
    private bool OnlyAnEnglishWorry(string text, string? locale)
    {
        var clauses = text.Split([',', '.', ';', '!', '?', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return clauses.Any(_englishWorry.AnyIn)
            && clauses.All(c => _englishWorry.AnyIn(c) || IsSocial(ExactIntent(locale, c)));
    }

    /// <summary>True for the small-talk keys, which are answered here and start nothing.</summary>
    private static bool IsSocial(string? key) => key is "greeting" or "thanks" or "goodbye"; // keys of intents.yaml, not words

    private async Task RunAsync(DialogContext dc, string key, string text, string? goalText, bool sayBack, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        switch (key)
        {
            case "greeting": // keys of intents.yaml, not words
                commands.SendMenu(context, ComingBack.GreetingKey(context));
                return;
            case "thanks": // keys of intents.yaml, not words
                texts.Say(context, MenuTexts.Thanks);
                return;
            case WhereToStart:
                SuggestWhereToStart(context);
                return;
            case "goodbye": // keys of intents.yaml, not words
                // "I'll check in as scheduled" only when a check-in is to come.
                texts.Say(context, CheckInTurns.Find(context) is { NextUtc: not null } checkIns && checkIns.Schedule.IsActive
                    && checkIns.Schedule.Paused == PauseReason.None ? MenuTexts.Goodbye : MenuTexts.GoodbyeNoCheckIns);
                return;
        }
        var command = IntentCommands.For(key, text, ScheduleWords.From(texts.Catalog), context.Activity.Locale);
        if (command is null) return;
        if (key == "newGoal" && goalText is not null) command = command with { Text = goalText };
        if (sayBack && key is not ("help" or "myPlan")) texts.Say(context, MenuTexts.Understood, ("title", TitleOf(context, key))); // keys of intents.yaml, not words
        await commands.HandleAsync(dc, command, cancellationToken).ConfigureAwait(false);
    }

    private void Offer(BotFramework.Builder.ITurnContext context, List<string> keys, bool confirming, string text)
    {
        var choices = keys.Select(k => new Choice(k, TitleOf(context, k))).ToList();
        context.SendActivity(ChoiceFactory.ForChannel(context.Activity, text, choices));
        MenuOffer.Keep(context, new MenuOffer { Keys = keys, Confirming = confirming });
    }

    /// <summary>The key the answer picks from the offer: its title or number, or "yes" to a guess.</summary>
    private string? Picked(BotFramework.Builder.ITurnContext context, MenuOffer offer, string text)
    {
        var offered = offer.Keys.Select(k => new Choice(k, TitleOf(context, k))).ToList();
        if (ChoiceRecognizer.Recognize(text, offered, context.Activity.Locale) is { Score: >= 0.999 } found) return found.Key;
        return offer.Confirming && BooleanRecognizer.Recognize(text, context.Activity.Locale) == true ? offer.Keys[0] : null;
    }

    private string? ExactIntent(string? locale, string text) =>
        ChoiceRecognizer.RecognizeExact(text, texts.Catalog.Choices.Get(IntentCommands.SocialSet, locale)
            .Concat(texts.Catalog.Choices.Get(IntentCommands.CommandsSet, locale)).ToList()) is { Key: not "notUnderstood" } found
            ? found.Key : null;

    private string TitleOf(BotFramework.Builder.ITurnContext context, string key) =>
        texts.Catalog.Choices.Get(IntentCommands.CommandsSet, context.Activity.Locale).FirstOrDefault(c => c.Key == key)?.Title ?? key;

    private IEnumerable<string> Fallback() =>
        texts.Catalog.Get(MenuTexts.Fallback).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public enum MenuReadingKind { Intent, Command, Question, OtherLanguage, Confirm, NotUnderstood }

/// <summary>
/// What a message at the menu means: an intent key (with the goal it states, and whether to say back what was
/// understood), a command the rules read whole, a question, another language, a guess to confirm, or not understood
/// (with the nearest intents to offer).
/// </summary>
public sealed record MenuReading(MenuReadingKind Kind, string? Key = null, string? GoalText = null, bool SaysBack = false,
    CoachCommand? Command = null, RecognizedQuestion? Question = null, IReadOnlyList<string>? NearestKeys = null)
{
    public IReadOnlyList<string> Nearest => NearestKeys ?? [];
}
