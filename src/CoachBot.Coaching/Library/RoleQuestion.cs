using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Library;

/// <summary>
/// "what's a data analyst actually do?", "what is it like being a ux designer": a question about what a role is,
/// for a role the vocabulary knows, answered with the skills the role needs (careers.yaml) and the two ways to see
/// its days (postings, a chat with someone in it), ending with that chat offered as a step. Only the whole question
/// counts: the role must stand between one of library.roleQuestion.leads and one of its tails, so "what's a good
/// way to become a data analyst?" stays a question for the library's topics.
/// </summary>
public sealed class RoleQuestion(CoachTexts texts, CareerLibrary library)
{
    private const int SkillsNamed = 4;
    private const int DueDays = 10;

    private readonly HashSet<string> _leads = Phrases(texts.Catalog.Get(LibraryTexts.RoleQuestionLeads));
    private readonly HashSet<string> _tails = Phrases(texts.Catalog.Get(LibraryTexts.RoleQuestionTails));

    /// <summary>The role the text asks about, or null when it is no question about what a role is.</summary>
    public CareerRole? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || library.Careers.FindRoles(text) is not [var mention, ..]) return null;
        var before = string.Join(' ', PhraseSet.Words(text[..mention.Start]));
        var after = string.Join(' ', PhraseSet.Words(text[mention.End..]));
        return _leads.Contains(before) && _tails.Contains(after) ? mention.Role : null;
    }

    /// <param name="offer">False at a prompt, which asks its own question next.</param>
    public string Answer(ITurnContext context, CareerRole role, bool offer)
    {
        var plural = CareerVocabulary.Plural(role.Name, role);
        var roles = char.ToUpperInvariant(plural[0]) + plural[1..];
        var skills = role.SkillKeys.Take(SkillsNamed).Select(k => library.Careers.Skill(k)?.Name).OfType<string>().ToList();
        var answer = skills.Count > 0
            ? texts.Text(context, LibraryTexts.RoleQuestionAnswer, ("roles", roles), ("skills", CoachKnowledge.JoinList(skills)))
            : texts.Text(context, LibraryTexts.RoleQuestionAnswerNoSkills, ("roles", roles));
        if (!offer) return answer;
        var state = CoachTurn.State(context);
        var step = texts.Text(context, LibraryTexts.RoleQuestionOffer, ("aRole", CareerVocabulary.WithArticle(role.Name)));
        var goal = CoachKnowledge.Of(state, library.Careers).Goal;
        return answer + "\n\n" + library.Offer(context, state, goal, step, DueDays, "library.roleQuestion");
    }

    private static HashSet<string> Phrases(string list) =>
        list.Split(';').Select(p => string.Join(' ', PhraseSet.Words(p))).ToHashSet(StringComparer.Ordinal);
}
