using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;

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
/// <param name="answerElse">
/// What they say to a message that named no command: a career topic mentioned, or the honest "outside what I know
/// well" for a question no answerer had; asked before "not understood".
/// </param>
public sealed class MenuUnderstanding(CoachTexts texts, CommandHandler commands,
    Func<ITurnContext, string?>? answerFirst = null, Func<ITurnContext, string?>? answerElse = null)
{
    private static readonly SemanticScope[] Scopes = [new("menu.main"), new(IntentCommands.CommandsSet), new(IntentCommands.SocialSet)];

    public async Task HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var locale = context.Activity.Locale;
        var text = (context.Activity.Text ?? "").Trim();
        var understanding = TurnUnderstanding.Of(context, texts.Catalog);

        if (MenuOffer.Take(context) is { } offer)
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

        if (understanding.Languages.OtherLanguageOf(text) is not null)
        {
            texts.Say(context, UnderstandingTexts.OtherLanguage);
            return;
        }

        // The intents' own titles and synonyms, whole ("thanks!", "bye"), with or without the matcher.
        if (ExactIntent(context, text) is { } exact)
        {
            await RunAsync(dc, exact, text, null, sayBack: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (answerFirst?.Invoke(context) is { } first)
        {
            context.SendActivity(first);
            return;
        }

        var question = understanding.FindQuestion(text, locale);
        var goal = question is null ? GoalStatement.Find(texts.Catalog, text, locale) : null;
        if (goal is not null && CommandRecognizer.Recognize(goal) is { } inner)
        {
            await commands.HandleAsync(dc, inner, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (goal is not null && GoalStatement.AsksForGoal(texts.Catalog, goal))
        {
            await RunAsync(dc, "newGoal", text, null, sayBack: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        // With a goal stated, only the words after the opening can name another command ("I want to change some steps").
        var reading = await understanding.ReadChoiceAsync(goal ?? text, texts.Choices(context, CoachingTexts.Menu), Scopes, locale, context,
            cancellationToken, anyKeyOfScopes: true).ConfigureAwait(false);
        if (goal is not null && (reading.Kind != UnderstoodKind.Taken || reading.Key is "newGoal" || IsSocial(reading.Key)))
        {
            await RunAsync(dc, "newGoal", text, goal, sayBack: false, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (reading.Kind == UnderstoodKind.Taken && reading.Key != "notUnderstood")
        {
            await RunAsync(dc, reading.Key!, text, null, reading.SaysBack, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (question is not null)
        {
            context.SendActivity(await understanding.TryAnswerAsync(context, question, null, text, cancellationToken).ConfigureAwait(false)
                ?? answerElse?.Invoke(context) ?? texts.Text(context, UnderstandingTexts.NoAnswer));
            return;
        }
        if (answerElse?.Invoke(context) is { } answer)
        {
            context.SendActivity(answer);
            return;
        }

        var nearest = reading.Nearest.Where(k => !IsSocial(k) && k != "notUnderstood").Take(Understander.MaxNearest).ToList();
        if (reading.Kind == UnderstoodKind.Confirm && nearest.Count > 0)
        {
            Offer(context, nearest, confirming: true, texts.Text(context, MenuTexts.DidYouMean, ("title", TitleOf(context, nearest[0]))));
            return;
        }
        if (nearest.Count < 2) nearest = nearest.Concat(Fallback()).Distinct().Take(Understander.MaxNearest).ToList();
        var heard = text.Length > 60 ? text[..57] + "..." : text;
        Offer(context, nearest, confirming: false, texts.Text(context, MenuTexts.Heard, ("heard", heard)));
    }

    /// <summary>True for the small-talk keys, which are answered here and start nothing.</summary>
    private static bool IsSocial(string? key) => key is "greeting" or "thanks" or "goodbye";

    private async Task RunAsync(DialogContext dc, string key, string text, string? goalText, bool sayBack, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        switch (key)
        {
            case "greeting":
                commands.SendMenu(context, CoachingTexts.GreetingAgain);
                return;
            case "thanks":
                texts.Say(context, MenuTexts.Thanks);
                return;
            case "goodbye":
                texts.Say(context, MenuTexts.Goodbye);
                return;
        }
        var command = IntentCommands.For(key, text, ScheduleWords.From(texts.Catalog), context.Activity.Locale);
        if (command is null) return;
        if (key == "newGoal" && goalText is not null) command = command with { Text = goalText };
        if (sayBack && key is not ("help" or "myPlan")) texts.Say(context, MenuTexts.Understood, ("title", TitleOf(context, key)));
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

    private string? ExactIntent(BotFramework.Builder.ITurnContext context, string text) =>
        ChoiceRecognizer.RecognizeExact(text, texts.Catalog.Choices.Get(IntentCommands.SocialSet, context.Activity.Locale)
            .Concat(texts.Catalog.Choices.Get(IntentCommands.CommandsSet, context.Activity.Locale)).ToList()) is { Key: not "notUnderstood" } found
            ? found.Key : null;

    private string TitleOf(BotFramework.Builder.ITurnContext context, string key) =>
        texts.Catalog.Choices.Get(IntentCommands.CommandsSet, context.Activity.Locale).FirstOrDefault(c => c.Key == key)?.Title ?? key;

    private IEnumerable<string> Fallback() =>
        texts.Catalog.Get(MenuTexts.Fallback).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
