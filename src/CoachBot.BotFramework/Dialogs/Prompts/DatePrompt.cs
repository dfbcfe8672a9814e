using System.Globalization;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// A day today or later, absolute or relative ("June 30 2027", "in six months", "end of next quarter"), resolved in
/// the user's zone against the turn's clock. Past and impossible dates are refused with a message that says so; a
/// numeric date that reads two ways is asked about ("3 April 2027 or 4 March 2027?"); "asap" asks for a real date.
/// The date taken is said back in English, whatever the activity's locale, unless the answer was that date written out.
/// </summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    private const string ReadingsKey = "readings";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>With <see cref="PromptOptions.EndOnCorrection"/>, "sorry, I meant 4 hours" ends the prompt with its text instead of "that's no date".</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.IsType(Schema.ActivityTypes.Message) && ReadOptions(dc.ActiveDialog!.State) is { EndOnCorrection: true } options
            && CorrectsAnotherAnswer(dc, options))
            return await dc.EndDialogAsync(activity.Text, cancellationToken).ConfigureAwait(false);
        return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>No date, but a correction of hours or a number: it is about another answer.</summary>
    private static bool CorrectsAnotherAnswer(DialogContext dc, PromptOptions options)
    {
        var activity = dc.Context.Activity;
        var zone = UserTimeZone.Resolve(options.TimeZoneId ?? UserTimeZone.FromActivity(activity));
        var phrases = RecognizerPhrases.From(dc.Texts, activity.Locale);
        var now = dc.Context.Clock.GetUtcNow();
        if (DateRecognizer.Recognize(activity.Text, now, zone, activity.Locale, phrases).Kind != DateRecognitionKind.None) return false;
        return CorrectionRecognizer.Recognize(activity.Text, phrases, now, zone, activity.Locale) is { Value.Kind: FactKind.Hours or FactKind.Number };
    }

    protected override PromptRecognizerResult<DateOnly> Recognize(DialogContext dc, PromptOptions options)
    {
        var activity = dc.Context.Activity;
        var zone = UserTimeZone.Resolve(options.TimeZoneId ?? UserTimeZone.FromActivity(activity));
        var found = DateRecognizer.Recognize(activity.Text, dc.Context.Clock.GetUtcNow(), zone, activity.Locale, RecognizerPhrases.From(dc.Texts, activity.Locale));
        return found.Kind switch
        {
            DateRecognitionKind.Date => new(true, found.Date!.Value) { SayFirst = SaidBack(dc, activity.Text, found.Date!.Value) },
            DateRecognitionKind.Past => PromptRecognizerResult<DateOnly>.Failed(
                dc.Texts.Get(DialogTexts.PastDate, activity.Locale, ("date", InEnglish(found.Date!.Value)))),
            DateRecognitionKind.Invalid => PromptRecognizerResult<DateOnly>.Failed(dc.Texts.Get(DialogTexts.InvalidDate, activity.Locale)),
            DateRecognitionKind.AskForDate => PromptRecognizerResult<DateOnly>.Failed(
                dc.Texts.Get(found.Vague ? DateTexts.AskForExactDate : UnderstandingTexts.AskForDate, activity.Locale)),
            _ => PromptRecognizerResult<DateOnly>.Failed(dc.Texts.Get(DialogTexts.NoDate, activity.Locale)),
        };
    }

    protected override ValueTask<PromptRecognizerResult<DateOnly>> RecognizeAsync(DialogContext dc, PromptOptions options, JsonObject state,
        CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (state[ReadingsKey] is JsonArray asked)
        {
            state.Remove(ReadingsKey);
            var readings = asked.Select(n => DateOnly.Parse(n!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
            var choices = readings.Select((d, i) => new Choice("r" + i, InEnglish(d), [d.ToString("MMMM", English), d.ToString("d MMMM", English)])).ToList();
            if (ChoiceRecognizer.Recognize(activity.Text, choices, activity.Locale) is { } picked)
            {
                var date = readings[int.Parse(picked.Key[1..], CultureInfo.InvariantCulture)];
                return ValueTask.FromResult(new PromptRecognizerResult<DateOnly>(true, date)
                {
                    SayFirst = dc.Texts.Get(UnderstandingTexts.DateTaken, activity.Locale, ("date", InEnglish(date))),
                });
            }
        }

        var zone = UserTimeZone.Resolve(options.TimeZoneId ?? UserTimeZone.FromActivity(activity));
        var found = DateRecognizer.Recognize(activity.Text, dc.Context.Clock.GetUtcNow(), zone, activity.Locale, RecognizerPhrases.From(dc.Texts, activity.Locale));
        if (found is { Kind: DateRecognitionKind.Ambiguous, Readings.Count: >= 2 })
        {
            state[ReadingsKey] = new JsonArray(found.Readings.Select(d => (JsonNode)JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))!).ToArray());
            var choices = found.Readings.Select((d, i) => new Choice("r" + i, InEnglish(d))).ToList();
            var text = dc.Texts.Get(UnderstandingTexts.WhichDate, activity.Locale,
                ("first", InEnglish(found.Readings[0])), ("second", InEnglish(found.Readings[1])));
            dc.Context.SendActivity(ChoiceFactory.ForChannel(activity, text, choices));
            return ValueTask.FromResult(PromptRecognizerResult<DateOnly>.AskedFollowUp());
        }
        return ValueTask.FromResult(Recognize(dc, options));
    }

    /// <summary>"Wed, 30 June 2027": English inside an English sentence, whatever the activity's locale.</summary>
    public static string InEnglish(DateOnly date) => UserTimeZone.FormatDate(date, "en-US");

    /// <summary>What the date was read as, unless the answer already spelled it out with its year.</summary>
    private static string? SaidBack(DialogContext dc, string? text, DateOnly date) =>
        text is not null && text.Contains(date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && text.Contains(date.ToString("MMMM", English), StringComparison.OrdinalIgnoreCase)
            ? null
            : dc.Texts.Get(UnderstandingTexts.DateTaken, dc.Context.Activity.Locale, ("date", InEnglish(date)));
}

/// <summary>Keys of dialogs/en-US/dates.yaml: what the date prompt says about answers that name no date.</summary>
[TextKeys]
public static class DateTexts
{
    /// <summary>"soon", "by my birthday": about when, but no date the coach can plan from.</summary>
    public const string AskForExactDate = "dates.askForExactDate";
}
