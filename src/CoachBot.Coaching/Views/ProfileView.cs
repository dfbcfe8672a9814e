using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Views;

/// <summary>The profile as the user reads it: the summary at the end of the self-assessment, and each part on one line.</summary>
public static class ProfileView
{
    public static RichMessage Build(CoachTexts texts, ITurnContext context, Profile profile)
    {
        var message = new RichMessage { Title = texts.Text(context, AssessmentTexts.SummaryTitle) };
        var section = new RichSection();
        foreach (var part in AssessmentParts.All)
        {
            var value = Part(texts, context, profile, part) ?? texts.Text(context, AssessmentTexts.SummaryEmpty);
            section.Facts.Add((texts.Text(context, AssessmentTexts.PartTitle(part)), value));
        }
        message.Sections.Add(section);
        return message;
    }

    /// <summary>The part's current answer as one line, or null when it is empty.</summary>
    public static string? Part(CoachTexts texts, ITurnContext context, Profile profile, string part) => part switch
    {
        AssessmentParts.Strengths => Join(profile.Strengths),
        AssessmentParts.Growth => Join(profile.GrowthAreas),
        AssessmentParts.Interests => Join(profile.Interests),
        AssessmentParts.Values => Join(Shown(texts, context, AssessmentTexts.Values, profile.Values)),
        AssessmentParts.Environment => profile.WorkEnvironment,
        AssessmentParts.Skills => Join(profile.Skills.Select(s => $"{s.Name} {s.Rating}/5").ToList()),
        AssessmentParts.Transferable => Join(Shown(texts, context, AssessmentTexts.Transferable, profile.TransferableSkills)),
        AssessmentParts.Role => profile.CurrentRole,
        AssessmentParts.Vision5 => profile.Vision5Years,
        AssessmentParts.Vision10 => profile.Vision10Years,
        AssessmentParts.Outside => Outside(profile.Outside),
        _ => null,
    };

    /// <summary>A picked item by its key's title in the user's locale now; the user's own words as they wrote them.</summary>
    public static string Show(CoachTexts texts, ITurnContext context, ChoiceSet set, ProfileChoice item) =>
        item.Key is { } key ? texts.Catalog.Choices.TitleOf(set, key, context.Activity.Locale) ?? item.Text : item.Text;

    public static List<string> Shown(CoachTexts texts, ITurnContext context, ChoiceSet set, IEnumerable<ProfileChoice> items) =>
        items.Select(i => Show(texts, context, set, i)).ToList();

    /// <summary>"Learner, Analytical · INTJ · my manager says I'm a calm presenter": each kind of result once.</summary>
    private static string? Outside(OutsideResults outside)
    {
        var parts = new List<string>();
        if (outside.Themes.Count > 0) parts.Add(string.Join(", ", outside.Themes));
        if (outside.PersonalityType is { } type) parts.Add(type);
        parts.AddRange(outside.Feedback);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);
}
