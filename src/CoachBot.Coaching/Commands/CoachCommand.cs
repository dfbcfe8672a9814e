namespace CoachBot.Coaching.Commands;

public enum CoachCommandKind
{
    Help,
    SelfAssessment,
    EditProfilePart,
    NewGoal,
    MyPlan,
    EditPlan,
    Schedule,
    Export,
    Delete,
    Cancel,
    StartOver,
    AiOn,
    AiOff,
    StepDone,
    PauseGoal,
    ResumeGoal,
    CompleteGoal,
    DropGoal,
    CheckInStart,
    CheckInSnooze,
    CheckInSkip,
    PauseCheckIns,
    ResumeCheckIns,
}

/// <summary>A command typed anywhere in the conversation, with what it names (a profile part, a goal or step number, a goal text).</summary>
public sealed record CoachCommand(CoachCommandKind Kind, string? Part = null, int? Goal = null, int? Step = null, string? Text = null);
