using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// A correction of the check-in schedule said after it was set ("actually make it london", "sorry, I meant 10am",
/// "no wait, tuesdays"): put as a correction (the markers of recognizers.yaml), and read whole as a schedule or a zone
/// once the markers are off; or a zone stated plainly ("time zone is berlin", "I'm in London"). Anything else
/// ("actually I want a new goal") is no schedule correction.
/// </summary>
public static class ScheduleCorrection
{
    /// <summary>The schedule words to apply (the text without its markers), or null when this is no schedule correction.</summary>
    public static string? Read(string? text, CheckInState? state, ScheduleWords words, string? locale)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (state is not { Schedule.Cadence: not Cadence.Off }) return null;
        var rest = CorrectionRecognizer.WithoutMarkers(text, words.Recognizers, out var corrected);
        if (rest.Length == 0) return null;
        // "time zone is berlin", "I'm in London": a zone stated plainly changes the zone of a schedule that is set.
        if (!corrected) return ScheduleParser.Parse(rest, words, locale) is { TimeZone: not null } stated && stated with { TimeZone = null } == new ScheduleChange() ? rest : null;
        var change = ScheduleParser.Parse(rest, words, locale);
        if (!change.IsEmpty || change.Refusal is not null) return rest;
        return ScheduleZone.Read(rest, words, locale) is not null ? rest : null;
    }
}
