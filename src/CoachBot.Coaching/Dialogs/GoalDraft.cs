using System.Text.Json.Serialization;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>The question the refinement loop is waiting on, so the answer is folded into the right part of the draft.</summary>
public enum GoalQuestion
{
    /// <summary>The goal itself, in the user's words.</summary>
    Goal,
    Specific,
    Measurable,
    Confidence,
    Hours,
    /// <summary>A smaller first goal, after a low confidence: it becomes the first milestone of the goal.</summary>
    Smaller,
    Relevant,
    TimeBound,
    /// <summary>The goal text states one deadline and an answer another: which one holds.</summary>
    DeadlineConflict,
    /// <summary>A different goal was said at another question: work on it instead of the one we have?</summary>
    ChangeGoal,
}

/// <summary>A milestone the user named on the way (in the goal, a smaller first goal, a first milestone), as a verb phrase.</summary>
public sealed class DraftMilestone
{
    public string Text { get; set; } = "";
    public DateOnly? Due { get; set; }

    public static DraftMilestone From(GoalMilestone milestone) => new() { Text = milestone.Text, Due = milestone.Due };

    public GoalMilestone ToMilestone() => new(Text, Due);
}

/// <summary>
/// A goal while it is being refined: the state of the refinement loop, saved with its frame, so a restart resumes
/// it. <see cref="Asked"/> counts the questions: after two tries the coach accepts the letter as it is rather than nag.
/// </summary>
public sealed class GoalDraft
{
    /// <summary>The goal in the user's words (never a question, markup or small talk: those are refused before).</summary>
    public string Text { get; set; } = "";
    public string? Measure { get; set; }
    public int? Confidence { get; set; }
    public decimal? Hours { get; set; }
    public string? Relevance { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>The user chose the deadline when two were given: it is no conflict any more.</summary>
    public bool DeadlineSettled { get; set; }

    /// <summary>Milestones the user named outside the current goal text (an earlier wording, a smaller first goal).</summary>
    public List<DraftMilestone> Milestones { get; set; } = [];

    /// <summary>The letters already praised, so each met letter is named once, not in every message.</summary>
    public List<SmartLetter> Praised { get; set; } = [];

    /// <summary>How many messages in a row were no goal; after a few the coach stops asking.</summary>
    public int NotAGoalCount { get; set; }

    /// <summary>The question asked last; its answer is folded in by the next step.</summary>
    public GoalQuestion? Pending { get; set; }

    public Dictionary<GoalQuestion, int> Asked { get; set; } = [];

    /// <summary>The questions the coach stopped asking and has said so (each said once).</summary>
    public List<GoalQuestion> LeftOpen { get; set; } = [];

    /// <summary>A different goal said at another question, until the person says whether to work on it instead.</summary>
    public string? NewGoal { get; set; }

    public int AskedCount(GoalQuestion question) => Asked.GetValueOrDefault(question);

    public void CountAsked(GoalQuestion question) => Asked[question] = AskedCount(question) + 1;

    /// <summary>The goal in the user's words plus the finish line they added, for the LLM's rewrite.</summary>
    [JsonIgnore]
    public string AnalyzedText => Measure is null ? Text : $"{Text}, {Measure}";
}

/// <summary>
/// The goal once refined, while the user settles it: the draft, the SMART statement proposed (and an AI rewrite, when
/// one was offered), then the goal saved to the plan.
/// </summary>
public sealed class GoalSettlement
{
    public GoalDraft Draft { get; set; } = new();
    public string Statement { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public GoalType Type { get; set; }
    public int? AnalyzedConfidence { get; set; }
    public decimal? AnalyzedHours { get; set; }
    public string? AnalyzedMeasure { get; set; }
    public string? RewriteStatement { get; set; }
    public DateOnly? RewriteDeadline { get; set; }
    public bool UseRewrite { get; set; }

    /// <summary>Every milestone of the goal (its text's and the draft's), for the plan.</summary>
    public List<DraftMilestone> Milestones { get; set; } = [];

    /// <summary>The id of the goal once saved.</summary>
    public string? GoalId { get; set; }
}
