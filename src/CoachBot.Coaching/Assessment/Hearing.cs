using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// Reflective listening: the one short line that acknowledges an answer, in the user's key phrase. Lists and free
/// text are given back cleaned (<see cref="KeyPhrase"/>); values, transferable skills and rated skills as the coach
/// read them (the titles picked, "Python 4/5"); anything that can't be said back cleanly gets a plain thanks.
/// </summary>
public static class Hearing
{
    public const string Thanks = "assessment.hear.thanks";
    public const string GrowthFear = "assessment.hear.growthFear";
    public const string Skills = "assessment.hear.skills";
    public const string Outside = "assessment.hear.outside";
    public const string OutsideThemes = "assessment.hear.outsideThemes";
    /// <summary>Nothing outside read in the answer: said so, never "noted".</summary>
    public const string OutsideNothing = "assessment.hear.outsideNothing";
    public const string OutsideType = "assessment.hear.outsideType";
    public const string OutsideFeedback = "assessment.hear.outsideFeedback";

    public const string PastRoleSaid = "assessment.hear.pastRole";
    public const string PastRoleAnd = "assessment.hear.pastRoleAnd";

    private static string? PastRoleIn(string answer, AssessmentWords words) =>
        ListParser.Split(UserText.Clean(answer)).Select(item => PastRole.Of(item, words)).FirstOrDefault(r => r is not null);

    public static string Key(string part) => "assessment.hear." + part;

    /// <param name="shown">The picked values or transferable skills as the user sees them (titles or own words).</param>
    public static Said For(string part, string answer, Profile profile, IReadOnlyList<string> shown, AssessmentWords words,
        Func<Said, string> say)
    {
        // "i used to be an office manager": experience heard as such, not as something the person is drawn to.
        if (part == AssessmentParts.Interests && PastRoleIn(answer, words) is { } role)
        {
            var rest = profile.Interests.Where(i => PhraseKey.Of(i) != PhraseKey.Of(PastRole.Kept(role))).ToList();
            return rest.Count > 0 && KeyPhrase.Of(rest, words) is { } others
                ? new Said(PastRoleAnd, ("role", role), ("phrase", others))
                : new Said(PastRoleSaid, ("role", role));
        }
        string? phrase = part switch
        {
            AssessmentParts.Strengths => KeyPhrase.Of(profile.Strengths, words),
            AssessmentParts.Growth => KeyPhrase.Of(profile.GrowthAreas, words),
            AssessmentParts.Interests => KeyPhrase.Of(profile.Interests, words),
            AssessmentParts.Values or AssessmentParts.Transferable => KeyPhrase.Of(shown.Select(KeyPhrase.MidSentence).ToList(), words),
            AssessmentParts.Environment or AssessmentParts.Role or AssessmentParts.Vision5 or AssessmentParts.Vision10 =>
                KeyPhrase.Clean(UserText.Clean(answer), words) is var one && KeyPhrase.CanEcho(one) ? KeyPhrase.MidSentence(one) : null,
            _ => null,
        };
        // An area to grow in that also scares the person: the fear is heard before it is noted.
        if (phrase is not null && part == AssessmentParts.Growth && words.FearCues.AnyIn(answer)) return new Said(GrowthFear, ("phrase", phrase));
        if (phrase is not null) return new Said(Key(part), ("phrase", phrase));

        if (part == AssessmentParts.Skills && profile.Skills.Count is > 0 and <= 8 && profile.Skills.All(s => KeyPhrase.CanEcho(s.Name)))
            return new Said(Skills, ("skills", CoachKnowledge.JoinList(profile.Skills.Select(s => $"{s.Name} {s.Rating}/5").ToList())));

        if (part == AssessmentParts.Outside && !profile.Outside.IsEmpty)
        {
            var read = new List<string>();
            if (profile.Outside.Themes.Count > 0) read.Add(say(new Said(OutsideThemes, ("themes", CoachKnowledge.JoinList(profile.Outside.Themes)))));
            if (profile.Outside.PersonalityType is { } type) read.Add(say(new Said(OutsideType, ("type", type))));
            if (profile.Outside.Feedback.Count > 0 && KeyPhrase.Of(profile.Outside.Feedback, words) is { } feedback)
                read.Add(say(new Said(OutsideFeedback, ("feedback", feedback))));
            if (read.Count > 0) return new Said(Outside, ("reading", CoachKnowledge.JoinList(read)));
        }
        // "Thanks, noted" for an outside answer in which nothing was read would claim what isn't kept.
        if (part == AssessmentParts.Outside) return new Said(OutsideNothing);
        return new Said(Thanks);
    }
}
