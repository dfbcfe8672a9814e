using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Reflection;

/// <summary>How the last check-ins went, for the schedule offers: on-track check-ins in a row, and how often each step slipped.</summary>
public sealed class CheckInPatternState
{
    public int OnTrackInARow { get; set; }

    /// <summary>Times a step was behind or blocked at a check-in, by "goal id/step id" (records from before stable step ids: "goal id/step title").</summary>
    public Dictionary<string, int> Slips { get; set; } = [];

    /// <summary>Steps a closer schedule was already offered for: offered once each.</summary>
    public List<string> CloserOffered { get; set; } = [];
}

/// <summary>
/// After three on-track check-ins in a row the coach offers a lighter schedule; after a step slips twice, a closer
/// one. Offers only: the schedule changes when the user says so.
/// </summary>
public static class CheckInPattern
{
    private const int OnTrackForLighter = 3;
    private const int SlipsForCloser = 2;

    public static void Record(CoachingState state, Goal goal, PlanStep step, ReflectionProgress progress)
    {
        if (progress is not (ReflectionProgress.Behind or ReflectionProgress.Blocked)) return;
        // By the step's stable id: a step renamed smaller after its first slip is still the step that slipped.
        var key = goal.Id + "/" + (step.Id is { Length: > 0 } id ? id : step.Title);
        state.Pattern.Slips[key] = state.Pattern.Slips.GetValueOrDefault(key) + 1;
    }

    public static void Completed(CoachingState state, CheckInHistory history)
    {
        var progress = history.Goals.Where(g => g.Progress is not null).Select(g => g.Progress!.Value).ToList();
        if (progress.Count == 0) return;
        state.Pattern.OnTrackInARow = progress.All(p => p is ReflectionProgress.Done or ReflectionProgress.OnTrack)
            ? state.Pattern.OnTrackInARow + 1
            : 0;
    }

    public static bool TakeLighterOffer(CoachingState state)
    {
        if (state.Pattern.OnTrackInARow < OnTrackForLighter) return false;
        state.Pattern.OnTrackInARow = 0;
        return true;
    }

    /// <summary>The title of a step that slipped twice and was not yet offered a closer schedule; null when none.</summary>
    public static string? TakeCloserOffer(CoachingState state)
    {
        var key = state.Pattern.Slips.Where(s => s.Value >= SlipsForCloser && !state.Pattern.CloserOffered.Contains(s.Key)).Select(s => s.Key).FirstOrDefault();
        if (key is null) return null;
        state.Pattern.CloserOffered.Add(key);
        var goalId = key[..key.IndexOf('/')];
        var stepKey = key[(key.IndexOf('/') + 1)..];
        return state.Goals.FirstOrDefault(g => g.Id == goalId)?.Steps.FirstOrDefault(s => s.Id == stepKey)?.Title ?? stepKey;
    }
}
