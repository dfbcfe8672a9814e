namespace CoachBot.Coaching.CheckIns;

/// <summary>One answered check-in, saved as a history row (<c>checkin|&lt;time&gt;</c>) in the same write as the plan changes.</summary>
public sealed class CheckInHistory
{
    /// <summary>The scheduled occurrence this check-in answered; null for a check-in the user started themselves.</summary>
    public DateTimeOffset? OccurrenceUtc { get; set; }

    public DateTimeOffset CompletedUtc { get; set; }

    public List<GoalReflection> Goals { get; set; } = [];

    public bool? DeadlinesOnTrack { get; set; }

    public string? PrioritiesChanged { get; set; }

    public string? NewOpportunityOrChallenge { get; set; }

    public int Streak { get; set; }

    public const string RowPrefix = "checkin|";

    public static string RowId(DateTimeOffset completedUtc) => RowPrefix + completedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}

/// <summary>How the current step of a goal is going: the keys of <c>reflection.progress</c>.</summary>
public enum ReflectionProgress { Done, OnTrack, Behind, Blocked }

/// <summary>What would help with a step that slipped: the keys of <c>reflection.fix</c>.</summary>
public enum StepFix { Alternative, Help, Smaller, Move, Keep }

/// <summary>One goal's part of a check-in.</summary>
public sealed class GoalReflection
{
    public string GoalId { get; set; } = "";

    /// <summary>The title of the step the check-in asked about; null when the goal had no open step.</summary>
    public string? Step { get; set; }

    /// <summary>The stable id of that step ("s3"), so the check-in follows the step, not its place in the list.</summary>
    public string? StepId { get; set; }

    /// <summary>Null when the question was skipped.</summary>
    public ReflectionProgress? Progress { get; set; }

    /// <summary>The way out chosen for a step behind or blocked; null when none was chosen.</summary>
    public StepFix? Fix { get; set; }

    public string? WentWell { get; set; }

    public string? InTheWay { get; set; }

    /// <summary>The change to the plan put to the user, as they were asked it; null when none was.</summary>
    public string? ProposedChange { get; set; }

    /// <summary>True when the plan changed: the step marked done, or the proposed change confirmed.</summary>
    public bool ChangeApplied { get; set; }
}
