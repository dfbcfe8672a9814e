using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// A time zone as people answer the coach's question or correct it: "Europe/Berlin", "berlin", "time zone is berlin",
/// "I'm in London", "actually I'm in Berlin", "sorry, I meant London time", "make it london". The correction words are
/// the recognizers' (recognizers.yaml), the place words the schedule's (schedule.yaml).
/// </summary>
public static class ScheduleZone
{
    /// <summary>The IANA zone the answer names, or null.</summary>
    public static string? Read(string? text, ScheduleWords words, string? locale) => Read(text, words, locale, out _);

    /// <summary>As above; <paramref name="corrected"/> says the answer was put as a correction ("actually ...").</summary>
    public static string? Read(string? text, ScheduleWords words, string? locale, out bool corrected)
    {
        ArgumentNullException.ThrowIfNull(words);
        var rest = CorrectionRecognizer.WithoutMarkers(text, words.Recognizers, out corrected);
        if (rest.Length == 0) return null;
        if (UserTimeZone.ToIana(rest) is { } whole) return whole;
        if (ScheduleParser.Parse(rest, words, locale).TimeZone is { } stated) return stated;
        // "London time", "in berlin", "it's new york": a place that ends the answer (before "time"), with a zone of its own.
        var said = ScheduleWords.Split(rest.ToLowerInvariant());
        while (said.Count > 1 && said[^1] is "time" or "zone" or "timezone") said.RemoveAt(said.Count - 1);
        for (var length = Math.Min(3, said.Count); length > 0; length--)
            if (UserTimeZone.ToIana(string.Join(' ', said.Skip(said.Count - length))) is { } zone && zone.Contains('/')) return zone;
        return null;
    }
}
