using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>Keys of dialogs/en-US/goalwords.yaml: the small word lists of the statement grammar, checked at start-up like every text key.</summary>
[TextKeys]
public static class GoalWordsTexts
{
    public const string CredentialLetters = "goalwords.credentialLetters";
    public const string LeadingFillers = "goalwords.leadingFillers";
    public const string TrailingFillers = "goalwords.trailingFillers";
    public const string ClauseSubjects = "goalwords.clauseSubjects";
    public const string FiniteVerbs = "goalwords.finiteVerbs";
    public const string PluralVerbs = "goalwords.pluralVerbs";
    public const string ClauseLeads = "goalwords.clauseLeads";
    public const string Determiners = "goalwords.determiners";
    public const string Uncountable = "goalwords.uncountable";
    public const string Weekdays = "goalwords.weekdays";
    public const string TargetStops = "goalwords.targetStops";
    public const string TargetLeads = "goalwords.targetLeads";
    public const string BeforeMonthKeeps = "goalwords.beforeMonthKeeps";
    public const string VerbSkills = "goalwords.verbSkills";
    public const string VerbSkillFollowers = "goalwords.verbSkillFollowers";
}
