using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Plans;

/// <summary>A step before it is dated: a text key in dialogs/en-US/plans.yaml and where it falls in the goal's span.</summary>
/// <param name="TextKey">The step's title key, with {placeholders} filled from the goal and profile.</param>
/// <param name="ShareOfSpan">0..1: the step is due this far between today and the deadline (1 = on the deadline).</param>
/// <param name="Essential">Kept when the span is too short for the whole template (a two-week goal gets only these).</param>
public sealed record StepTemplate(string TextKey, double ShareOfSpan, bool Essential = false);

/// <summary>
/// The rule-based plan per template key (TEAM.md), from the method in COACHING.md: certification = research,
/// enroll, coursework and practice tests, exam (nine weeks in the articles); industry change = trends, course,
/// network, resume, apply; getting hired = resume, portfolio, applications, referrals, interviews; and so on. Shares
/// are where in the span each step falls. The goal itself is the plan's last step (PlanBuilder adds it, in the
/// user's words); a template's own last step is kept only when it says more than the goal ("Book and sit the exam").
/// </summary>
public static class PlanTemplates
{
    /// <summary>The template of a goal: its type, and for some types a variant read from the text (exam or not, talk or writing).</summary>
    public static IReadOnlyList<StepTemplate> For(GoalType type, string? goalText = null, CareerRole? role = null, GoalVocabulary? vocabulary = null) => type switch
    {
        GoalType.Course => GoalClassifier.IsFinishingStudies(goalText) ? Degree : Course,
        GoalType.Certification => GoalClassifier.IsCertificateWithoutExam(goalText, vocabulary) ? CertificationNoExam : Certification,
        GoalType.Promotion => Promotion,
        GoalType.RoleChange => RoleChange,
        GoalType.IndustryChange => IndustryChange,
        // Work samples only where people are hired from them (careers.yaml portfolio: yes); an admin job or a role the
        // vocabulary does not know gets no portfolio step.
        GoalType.JobSearch => role is not { Portfolio: true } ? JobSearch.Where(s => s.TextKey != "plans.jobSearch.portfolio").ToList() : JobSearch,
        GoalType.ReturnToWork => ReturnToWork,
        GoalType.SpeakOrPublish => GoalClassifier.IsTalk(goalText, vocabulary) ? Talk : Publish,
        GoalType.Portfolio => Portfolio,
        GoalType.LearnSkill => LearnSkill,
        GoalType.Networking => Networking,
        GoalType.Freelance => Freelance,
        GoalType.PayRaise => PayRaise,
        GoalType.WorkPattern => WorkPattern,
        GoalType.MoveAbroad => MoveAbroad,
        _ => Generic,
    };

    /// <summary>The template key of a type ("jobSearch"): the prefix of its steps' keys is plans.&lt;key&gt;.</summary>
    public static string Key(GoalType type) => GoalClassifier.KeyOf(type);

    /// <summary>The key prefix of a type's steps: plans.certification, plans.jobSearch, ...</summary>
    public static string KeyPrefix(GoalType type) => "plans." + Key(type);

    private static StepTemplate S(string key, double share, bool essential = false) => new("plans." + key, share, essential);

    private static readonly StepTemplate[] Course =
    [
        S("course.choose", 0.04, true), S("course.enroll", 0.1, true), S("course.firstThird", 0.35), S("course.halfway", 0.55),
        S("course.assignments", 0.85, true), S("course.finish", 1.0, true),
    ];

    // Nine weeks in the articles: week 1 research, week 2 enroll, weeks 3-8 coursework and practice tests, week 9 exam.
    private static readonly StepTemplate[] Certification =
    [
        S("certification.research", 0.11, true), S("certification.enroll", 0.22), S("certification.coursework", 0.55),
        S("certification.practiceTest", 0.85, true), S("certification.exam", 1.0, true),
    ];

    private static readonly StepTemplate[] CertificationNoExam =
    [
        S("certificationNoExam.research", 0.11, true), S("certificationNoExam.enroll", 0.22), S("certificationNoExam.coursework", 0.55),
        S("certificationNoExam.assessment", 0.85, true), S("certificationNoExam.award", 1.0, true),
    ];

    private static readonly StepTemplate[] Promotion =
    [
        S("promotion.ask", 0.06, true), S("promotion.gaps", 0.16), S("promotion.stretch", 0.4), S("promotion.evidence", 0.7, true),
        S("promotion.case", 0.9, true),
    ];

    private static readonly StepTemplate[] RoleChange =
    [
        S("roleChange.research", 0.08, true), S("roleChange.match", 0.16), S("roleChange.talk", 0.3, true), S("roleChange.gap", 0.5),
        S("roleChange.resume", 0.65, true), S("roleChange.apply", 0.8, true), S("roleChange.start", 1.0),
    ];

    private static readonly StepTemplate[] IndustryChange =
    [
        S("industryChange.trends", 0.1, true), S("industryChange.course", 0.35), S("industryChange.people", 0.55, true),
        S("industryChange.resume", 0.75), S("industryChange.apply", 0.9, true),
    ];

    private static readonly StepTemplate[] JobSearch =
    [
        S("jobSearch.resume", 0.06, true), S("jobSearch.profile", 0.12), S("jobSearch.portfolio", 0.22), S("jobSearch.companies", 0.3),
        S("jobSearch.referrals", 0.42, true), S("jobSearch.applications", 0.55, true), S("jobSearch.interviews", 0.75, true),
        S("jobSearch.offer", 1.0),
    ];

    private static readonly StepTemplate[] ReturnToWork =
    [
        S("returnToWork.decide", 0.05, true), S("returnToWork.refresh", 0.25), S("returnToWork.reconnect", 0.38, true),
        S("returnToWork.resume", 0.5, true), S("returnToWork.apply", 0.7, true), S("returnToWork.start", 1.0),
    ];

    private static readonly StepTemplate[] Talk =
    [
        S("speakOrPublish.talkTopic", 0.08, true), S("speakOrPublish.talkProposal", 0.2, true), S("speakOrPublish.talkDraft", 0.45),
        S("speakOrPublish.talkRehearse", 0.8, true), S("speakOrPublish.talkGive", 1.0),
    ];

    private static readonly StepTemplate[] Publish =
    [
        S("speakOrPublish.publishTopic", 0.06, true), S("speakOrPublish.publishOutline", 0.18), S("speakOrPublish.publishDraft", 0.5, true),
        S("speakOrPublish.publishFeedback", 0.75), S("speakOrPublish.publishSubmit", 1.0),
    ];

    private static readonly StepTemplate[] Portfolio =
    [
        S("portfolio.scope", 0.05, true), S("portfolio.pick", 0.15), S("portfolio.first", 0.4, true), S("portfolio.rest", 0.7),
        S("portfolio.review", 0.85, true), S("portfolio.publish", 1.0),
    ];

    private static readonly StepTemplate[] LearnSkill =
    [
        S("learnSkill.pick", 0.08, true), S("learnSkill.practice", 0.12), S("learnSkill.halfway", 0.45, true), S("learnSkill.show", 0.75),
        S("learnSkill.check", 0.95, true),
    ];

    private static readonly StepTemplate[] Networking =
    [
        S("networking.list", 0.08, true), S("networking.join", 0.25), S("networking.reach", 0.45, true), S("networking.event", 0.65),
        S("networking.give", 0.85),
    ];

    // Finishing studies already under way ("finish my degree"): what is left, not which course to pick.
    private static readonly StepTemplate[] Degree =
    [
        S("course.degreeLeft", 0.04, true), S("course.degreeAdviser", 0.1), S("course.degreeHours", 0.15, true), S("course.degreeHalfway", 0.5),
        S("course.degreeFinal", 0.85, true),
    ];

    // Working for yourself: an offer, the paperwork, a price, a cushion, something to show, people told, a first client.
    private static readonly StepTemplate[] Freelance =
    [
        S("freelance.offer", 0.05, true), S("freelance.rules", 0.15, true), S("freelance.price", 0.22), S("freelance.savings", 0.3),
        S("freelance.showcase", 0.42, true), S("freelance.tell", 0.55, true), S("freelance.firstClient", 0.8, true),
    ];

    // A raise in the role you have: the market rate, your results, the meeting, the case, the next step in writing.
    private static readonly StepTemplate[] PayRaise =
    [
        S("payRaise.research", 0.08, true), S("payRaise.results", 0.25, true), S("payRaise.meeting", 0.6, true), S("payRaise.case", 0.75, true),
        S("payRaise.followUp", 0.9),
    ];

    // Other hours or another way of working (part-time, a four-day week, remote): a request to make, not a job to find.
    private static readonly StepTemplate[] WorkPattern =
    [
        S("workPattern.decide", 0.05, true), S("workPattern.policy", 0.15), S("workPattern.proposal", 0.35, true), S("workPattern.ask", 0.55, true),
        S("workPattern.trial", 0.8),
    ];

    // Working in another country: where, the permit, a resume that reads locally, people there, applications, the move.
    private static readonly StepTemplate[] MoveAbroad =
    [
        S("moveAbroad.choose", 0.06, true), S("moveAbroad.permit", 0.15, true), S("moveAbroad.resume", 0.35), S("moveAbroad.people", 0.45, true),
        S("moveAbroad.apply", 0.65, true), S("moveAbroad.move", 0.85),
    ];

    /// <summary>A goal that fits no template: what a plan needs around the user's own milestones.</summary>
    private static readonly StepTemplate[] Generic =
    [
        S("generic.breakDown", 0.05, true), S("generic.resources", 0.15), S("generic.first", 0.45, true), S("generic.review", 0.75),
    ];

    /// <summary>The generic steps that stand for milestones; dropped when the user named their own.</summary>
    internal static readonly HashSet<string> MilestonePlaceholders = new(StringComparer.Ordinal) { "plans.generic.breakDown", "plans.generic.first" };

    /// <summary>The goal itself, as the last step: {outcome}.</summary>
    public const string GoalStep = "plans.goal";
    /// <summary>The last step of a goal whose parts are steps already: check its finish line, {measure}.</summary>
    public const string FinishLineStep = "plans.finishLine";
    /// <summary>One of the user's own milestones: {milestone}.</summary>
    public const string MilestoneStep = "plans.milestone";
    /// <summary>A learning step per skill gap: {skill}.</summary>
    public const string SkillGap = "plans.skillGap";
    /// <summary>Support: find a mentor who has done it.</summary>
    public const string SupportMentor = "plans.support.mentor";
    /// <summary>Support for networking goals (which already look for people): ask for specific feedback.</summary>
    public const string SupportFeedback = "plans.support.feedback";

    /// <summary>The same step for a goal whose role, field or subject is unknown: plans.general.&lt;template&gt;.&lt;step&gt;.</summary>
    public static string GeneralKey(string textKey) => "plans.general." + textKey["plans.".Length..];

    /// <summary>Every template, for the start-up and test checks.</summary>
    internal static IEnumerable<IReadOnlyList<StepTemplate>> All =>
        [Course, Degree, Certification, CertificationNoExam, Promotion, RoleChange, IndustryChange, JobSearch, ReturnToWork, Talk, Publish, Portfolio, LearnSkill,
         Networking, Freelance, PayRaise, WorkPattern, MoveAbroad, Generic];

    /// <summary>Every key a plan can use, for the start-up and test checks.</summary>
    public static IEnumerable<string> AllKeys =>
        All.SelectMany(t => t.Select(s => s.TextKey)).Concat([GoalStep, FinishLineStep, MilestoneStep, SkillGap, SupportMentor, SupportFeedback]).Distinct();
}
