namespace CoachBot.Coaching.CheckIns;

/// <summary>One answered check-in, saved as a history row (<c>checkin|&lt;time&gt;</c>) in the same write as the plan changes.</summary>
public sealed class CheckInHistory
{
    /// <summary>The scheduled occurrence answered; null for a check-in the user started themselves.</summary>
    public DateTimeOffset? CheckInId { get; set; }

    public DateTimeOffset CompletedUtc { get; set; }

    public List<GoalReflection> Goals { get; set; } = [];

    public bool? DeadlinesOnTrack { get; set; }

    public string? PrioritiesChanged { get; set; }

    public string? NewOpportunityOrChallenge { get; set; }

    public int Streak { get; set; }

    public const string RowPrefix = "checkin|";

    public static string RowId(DateTimeOffset completedUtc) => RowPrefix + completedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}

public sealed class GoalReflection
{
    public string GoalId { get; set; } = "";

    public string? Step { get; set; }

    /// <summary>done, on track, behind, blocked.</summary>
    public string? Progress { get; set; }

    public string? WentWell { get; set; }

    public string? InTheWay { get; set; }

    /// <summary>The change the user agreed to (or declined), in words.</summary>
    public string? Change { get; set; }

    public bool ChangeApplied { get; set; }
}
