using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/assessment.yaml.</summary>
[TextKeys]
public static class AssessmentTexts
{
    public const string Intro = "assessment.intro";
    public const string Current = "assessment.current";
    public const string NeedWords = "assessment.needWords";
    public const string RankValues = "assessment.rankValues";
    public const string UnratedSkills = "assessment.unratedSkills";
    public const string SummaryTitle = "assessment.summaryTitle";
    public const string SummaryEmpty = "assessment.summaryEmpty";
    public const string Confirm = "assessment.confirm";
    public const string WhichPart = "assessment.whichPart";
    public const string Saved = "assessment.saved";

    /// <summary>The values offered; a picked one is stored by its key.</summary>
    public static readonly ChoiceSet Values = new("assessment.values");

    /// <summary>The transferable skills offered; a picked one is stored by its key.</summary>
    public static readonly ChoiceSet Transferable = new("assessment.transferable");

    public static string Ask(string part) => "assessment.ask." + part;

    public static string PartTitle(string part) => "assessment.part." + part;

    /// <summary>The keys built from part names, so the start-up check covers them too.</summary>
    public static IEnumerable<string> PartKeys => AssessmentParts.All.SelectMany(p => new[] { Ask(p), PartTitle(p) });
}
