using System.Text.Json.Serialization;

namespace CoachBot.Coaching.CheckIns;

/// <summary>What a proactive message is.</summary>
public enum DeliveryKind
{
    CheckIn,
    /// <summary>A snoozed check-in, offered again.</summary>
    Snoozed,
    Reminder,
    Nudge,
}

/// <summary>
/// Everything about check-ins, stored in the user's record as the property <see cref="PropertyName"/> beside the
/// coaching state. The record is the source of truth; the due index only says when to look at it again.
/// </summary>
public sealed class CheckInState
{
    public const string PropertyName = "checkIns";

    public CheckInSchedule Schedule { get; set; } = new();

    /// <summary>The next scheduled occurrence (UTC). A check-in's identity is user + this time.</summary>
    public DateTimeOffset? NextUtc { get; set; }

    /// <summary>The last check-in sent, until the next one replaces it.</summary>
    public OpenCheckIn? Open { get; set; }

    /// <summary>A message claimed for sending and not yet confirmed as sent (see README "Check-ins").</summary>
    public PendingSend? Pending { get; set; }

    /// <summary>Check-ins answered in a row; skipped or snoozed ones do not break it, unanswered ones do.</summary>
    public int Streak { get; set; }

    public int BestStreak { get; set; }

    /// <summary>Steps (goal id/step id) that already had their one deadline nudge.</summary>
    public List<string> NudgedSteps { get; set; } = [];

    /// <summary>The one deadline nudge planned next: goal id/step id, and when (UTC).</summary>
    public string? NudgeStep { get; set; }

    public DateTimeOffset? NudgeAtUtc { get; set; }

    /// <summary>The due-index time last written for this user, so an unchanged one costs no write.</summary>
    public DateTimeOffset? IndexedDueUtc { get; set; }

    /// <summary>The latest deliveries (kind, id, time), newest last; a short log shown in the export.</summary>
    public List<DeliveryRecord> Deliveries { get; set; } = [];
}

public sealed class OpenCheckIn
{
    /// <summary>The scheduled occurrence this check-in is for.</summary>
    public DateTimeOffset Id { get; set; }

    public DateTimeOffset SentUtc { get; set; }

    /// <summary>When the one reminder goes out if the user has not replied; null once replied, reminded or skipped.</summary>
    public DateTimeOffset? ReminderUtc { get; set; }

    public DateTimeOffset? SnoozedUntilUtc { get; set; }

    public bool Replied { get; set; }

    public bool Snoozed { get; set; }

    public bool Skipped { get; set; }

    public bool Answered { get; set; }

    /// <summary>Neither answered, skipped nor snoozed: a new check-in replacing it breaks the streak.</summary>
    [JsonIgnore]
    public bool Ignored => !Answered && !Skipped && !Snoozed;
}

public sealed class PendingSend
{
    public DeliveryKind Kind { get; set; }

    /// <summary>The check-in (scheduled occurrence) or, for a nudge, the time it was due.</summary>
    public DateTimeOffset Id { get; set; }

    /// <summary>For a nudge: goal id/step id.</summary>
    public string? StepKey { get; set; }

    public int Attempts { get; set; }

    /// <summary>Until then the claim is held (its sender may still be sending); after it, any instance sends it again.</summary>
    public DateTimeOffset RetryAtUtc { get; set; }
}

public sealed record DeliveryRecord(DeliveryKind Kind, DateTimeOffset Id, DateTimeOffset AtUtc, string Outcome);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckInState))]
[JsonSerializable(typeof(CheckInHistory))]
public sealed partial class CheckInJsonContext : JsonSerializerContext;
