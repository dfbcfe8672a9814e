namespace CoachBot.Coaching.Model;

/// <summary>
/// The kind of goal, which picks its plan template. The names are the template keys of TEAM.md in PascalCase
/// ("learnSkill" is <see cref="LearnSkill"/>). Stored by name; records written before the template keys keep
/// reading: "NewSkill" is LearnSkill and "Network" is Networking (<see cref="GoalTypeJsonConverter"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(GoalTypeJsonConverter))]
public enum GoalType
{
    Generic,
    Certification,
    Promotion,
    RoleChange,
    IndustryChange,
    LearnSkill,
    Networking,
    Course,
    JobSearch,
    ReturnToWork,
    SpeakOrPublish,
    Portfolio,
    // Round four: appended, so the numbers of the older names stay as they were.
    Freelance,
    PayRaise,
    WorkPattern,
    MoveAbroad,
}

public enum GoalStatus
{
    Active,
    Paused,
    Completed,
    Dropped,
}

public enum StepStatus
{
    Open,
    Done,
    Skipped,
}

/// <summary>A goal, from the user's own words to a SMART statement with a deadline and a plan of dated steps.</summary>
public sealed class Goal
{
    /// <summary>Short and stable within the user ("g1", "g2"), so people can refer to goals by number.</summary>
    public string Id { get; set; } = "";

    /// <summary>The goal as the user first said it.</summary>
    public string Text { get; set; } = "";

    /// <summary>The SMART statement the user accepted.</summary>
    public string Statement { get; set; } = "";

    public DateOnly? Deadline { get; set; }

    public GoalType Type { get; set; }

    public GoalStatus Status { get; set; }

    /// <summary>How confident the user is of reaching it, 1..10.</summary>
    public int? Confidence { get; set; }

    /// <summary>Hours per week the user can give it.</summary>
    public decimal? HoursPerWeek { get; set; }

    /// <summary>How the goal connects to the user's values or vision, in their words.</summary>
    public string? Relevance { get; set; }

    /// <summary>The finish line or number that shows it is done.</summary>
    public string? Measure { get; set; }

    public DateOnly CreatedOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public List<PlanStep> Steps { get; set; } = [];

    /// <summary>The number the next new step gets ("s{n}"); numbers are never reused, so a step keeps its number for good.</summary>
    public int NextStepNumber { get; set; }

    /// <summary>The user's own milestones, as verb phrases with their dates, kept so a rebuilt plan keeps them too.</summary>
    public List<GoalMilestoneRecord>? Milestones { get; set; }

    /// <summary>Goals up to two years are short-term; longer ones are long-term and get a short-term first step.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsLongTerm => Deadline is { } deadline && deadline > CreatedOn.AddYears(2);

    [System.Text.Json.Serialization.JsonIgnore]
    public PlanStep? NextStep => Steps.Where(s => s.Status == StepStatus.Open).OrderBy(s => s.Due).FirstOrDefault();
}

/// <summary>One step of a goal's plan.</summary>
public sealed class PlanStep
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly Due { get; set; }

    public StepStatus Status { get; set; }

    public DateOnly? DoneOn { get; set; }

    /// <summary>True when the step came from an LLM suggestion the user accepted (shown as such).</summary>
    public bool Suggested { get; set; }

    /// <summary>A milestone of the user's own on the date they gave: re-spacing the plan leaves that date alone.</summary>
    public bool OwnDate { get; set; }

    /// <summary>
    /// A short-term goal the plan of a goal more than two years away breaks it into ("Lead a project or a small team"):
    /// when the deadline moves under two years, the re-spacing offer drops it (GoalBreakdown, PlanEditor).
    /// </summary>
    public bool LongTermOnly { get; set; }
}

/// <summary>A milestone the user named for a goal (stored).</summary>
public sealed class GoalMilestoneRecord
{
    public string Text { get; set; } = "";
    public DateOnly? Due { get; set; }
}

/// <summary>The last change to a plan, so "undo" can put it back: the goal as it was before (a copy), and what changed.</summary>
public sealed class PlanUndo
{
    public string GoalId { get; set; } = "";

    /// <summary>What the change was, in the user's words ("rename 2 to ..."), to say what undo reverts.</summary>
    public string Change { get; set; } = "";

    public Goal Before { get; set; } = new();
}
