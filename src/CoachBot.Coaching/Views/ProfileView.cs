using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Views;

/// <summary>The profile summary shown at the end of the self-assessment: every part, empty ones marked.</summary>
public static class ProfileView
{
    public static RichMessage Build(Coach coach, ITurnContext context, Profile profile)
    {
        var message = new RichMessage { Title = coach.Text(context, AssessmentTexts.SummaryTitle) };
        var section = new RichSection();
        foreach (var part in AssessmentParts.All)
        {
            var value = AssessmentParts.Current(profile, part) ?? coach.Text(context, AssessmentTexts.SummaryEmpty);
            section.Facts.Add((coach.Text(context, AssessmentTexts.PartTitle(part)), value));
        }
        message.Sections.Add(section);
        return message;
    }
}
