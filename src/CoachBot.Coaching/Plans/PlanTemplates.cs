using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>A step before it is dated: a text key in dialogs/en-US/plans.yaml and where it falls in the goal's span.</summary>
/// <param name="TextKey">The step's title key, with {placeholders} filled from the goal and profile (e.g. {skill}).</param>
/// <param name="ShareOfSpan">0..1: the step is due this far between today and the deadline (1 = on the deadline).</param>
public sealed record StepTemplate(string TextKey, double ShareOfSpan);
