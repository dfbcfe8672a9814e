using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Smart;

/// <summary>
/// The vocabulary searches try only the names that can start at a word (FirstWordIndex) instead of every name: every
/// spelling the matching forgives (a plural; one typo, dropped, wrong, swapped or extra letter, in a word of eight
/// letters or more) must still be found, for every name of the shipped vocabulary.
/// </summary>
public class CareerVocabularySearchTests
{
    private static readonly CareerVocabulary Vocabulary = CareerVocabulary.From(RepoDialogs.Texts);

    /// <summary>The name with its first word written otherwise, in every way the matching forgives.</summary>
    private static IEnumerable<string> Variants(string name)
    {
        var words = TextTokenizer.Tokenize(name).Where(t => t.Kind != TokenKind.Symbol).Select(t => t.Text).ToArray();
        var first = words[0];
        var rest = string.Concat(words.Skip(1).Select(w => " " + w));
        if (!first.All(char.IsLetter)) yield break;
        yield return first + "s" + rest;
        yield return first + "es" + rest;
        if (first.Length < 8) yield break;
        for (var i = 0; i < first.Length; i++)
        {
            yield return first.Remove(i, 1) + rest;
            yield return first[..i] + (first[i] == 'q' ? 'z' : 'q') + first[(i + 1)..] + rest;
            yield return first.Insert(i, "q") + rest;
            if (i + 1 < first.Length) yield return first[..i] + first[i + 1] + first[i] + first[(i + 2)..] + rest;
        }
    }

    [Fact]
    public void EveryRoleIsFoundAsAPluralOrWithATypo()
    {
        var missed = Vocabulary.Roles.SelectMany(r => r.Names).SelectMany(Variants).Where(v => Vocabulary.FindRoles(v).Count == 0).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void EverySkillIsFoundAsAPluralOrWithATypo()
    {
        var missed = Vocabulary.Skills.SelectMany(s => s.Names).SelectMany(Variants).Where(v => Vocabulary.FindSkills(v).Count == 0).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void EveryFieldIsFoundAsAPluralOrWithATypo()
    {
        var missed = Vocabulary.Fields.SelectMany(f => f.Names).SelectMany(Variants).Where(v => Vocabulary.FindField(v) is null).ToList();
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("I want to become a senior devloper at a startup", "senior devloper")]
    [InlineData("two UX designers and a product manager", "UX designers")]
    public void RolesAreFoundWhereTheyAreWritten(string text, string expected) =>
        Assert.Equal(expected, Vocabulary.FindRoles(text)[0].Text);
}
