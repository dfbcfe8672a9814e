using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;
using CoachBot.Coaching.Model;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests.Smart;

/// <summary>
/// Issue 11: the SMART rules' word tables are read from dialogs/en-US/smartwords.yaml. A word added only there is
/// read, and a list emptied by a bad edit fails (at start-up, <see cref="SmartVocabulary.From"/>) naming its key.
/// </summary>
public sealed class SmartWordsFromDialogsTests
{
    [Fact]
    public void AWordAddedOnlyInDialogsIsRead()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("vagueQualifiers: \"better;", "vagueQualifiers: \"shinier; better;", StringComparison.Ordinal));
        Assert.Contains("shinier", SmartVocabulary.From(texts).VagueQualifiers);
        Assert.DoesNotContain("shinier", SmartVocabulary.From(RepoDialogs.Texts).VagueQualifiers);
        Assert.Same(SmartVocabulary.From(RepoDialogs.Texts), GoalVocabulary.From(RepoDialogs.Texts).Smart);
        Assert.Equal("growth", SmartVocabulary.From(RepoDialogs.Texts).ValueConcepts[0].Name);
    }

    [Theory]
    [InlineData("vagueQualifiers: \"better; good; great; best; nicer; stronger\"", "vagueQualifiers: \" \"", "smartwords.vagueQualifiers")]
    [InlineData("values: \"growth;", "values: \"growht;", "smartwords.value.growht.keys")]
    [InlineData("stemEndings: \"ships; ship; ments; ment; ations; ation; ions; ion; ings; ing; ers; er; ed; es; s; ly\"", "stemEndings: \";;\"", "smartwords.stemEndings")]
    [InlineData("idBefore: \"like; love; say\"", "idBefore: \"\"", "smartwords.idBefore")]
    [InlineData("audienceDeterminers: \"the; my; our; their; his; her; your\"", "audienceDeterminers: \" \"", "smartwords.audienceDeterminers")]
    [InlineData("    keys: \"security; secure; stabil*; stable\"", "    keys: \";\"", "smartwords.value.security.keys")]
    [InlineData("rangeJoiners: \"-; –; and; to; through; or; till; until\"", "rangeJoiners: \" \"", "smartwords.rangeJoiners")]
    [InlineData("durationTails: \"from; ago; later; time; out\"", "durationTails: \";\"", "smartwords.durationTails")]
    [InlineData("phraseStops: \"by;", "phraseStopz: \"by;", "smartwords.phraseStops")]
    [InlineData("timeUnits: \"day;", "timeUnitz: \"day;", "smartwords.timeUnits")]
    [InlineData("reasonClauses: \"because;", "reasonClausez: \"because;", "smartwords.reasonClauses")]
    [InlineData("fieldLeaves: \"from;", "fieldLeavez: \"from;", "smartwords.fieldLeaves")]
    [InlineData("articles: \"a; an; the\"", "articles: \" \"", "smartwords.articles")]
    [InlineData("reasonOpeners: \"because;", "reasonOpenerz: \"because;", "smartwords.reasonOpeners")]
    [InlineData("talkWords: \"talk*;", "talkWordz: \"talk*;", "smartwords.talkWords")]
    [InlineData("writingWords: \"publish*; article*; blog*; book; paper; newsletter; write; writing\"", "writingWords: \" ; \"", "smartwords.writingWords")]
    [InlineData("certificateNouns: \"certificate\"", "certificateNouns: \"\"", "smartwords.certificateNouns")]
    [InlineData("levelUpStarts: \"senior;", "levelUpStartz: \"senior;", "smartwords.levelUpStarts")]
    [InlineData("roleVerbsSaid: \"be: become\"", "roleVerbsSaid: \"be become\"", "smartwords.roleVerbsSaid")]
    [InlineData("titleVerbs: \"become*;", "titleVerbz: \"become*;", "smartwords.titleVerbs")]
    [InlineData("typedShortForms: \"gonna: going to;", "typedShortForms: \"gonna going to;", "smartwords.typedShortForms")]
    [InlineData("typedShortFormsBeforeAWord: \"ill: I'll\"", "typedShortFormsBeforeAWord: \"\"", "smartwords.typedShortFormsBeforeAWord")]
    [InlineData("typedShortFormsBeforeIdBefore: \"id: I'd\"", "typedShortFormsBeforeIdBefore: \": I'd\"", "smartwords.typedShortFormsBeforeIdBefore")]
    [InlineData("questionWordTails: \"about\"", "questionWordTailz: \"about\"", "smartwords.questionWordTails")]
    [InlineData("fillersOnlyAlone: \"like\"", "fillersOnlyAlone: \" \"", "smartwords.fillersOnlyAlone")]
    [InlineData("countWords: \"two; three; four; five; six; seven; eight; nine; ten\"", "countWords: \" \"", "smartwords.countWords")]
    public void ABrokenListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => SmartVocabulary.From(texts));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATalkWordAddedOnlyInDialogsMakesATalk()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("talkWords: \"talk*;", "talkWords: \"podcast*; talk*;", StringComparison.Ordinal));
        Assert.False(GoalClassifier.IsTalk("host a podcast about careers in nursing", GoalVocabulary.From(RepoDialogs.Texts)));
        Assert.True(GoalClassifier.IsTalk("host a podcast about careers in nursing", GoalVocabulary.From(texts)));
        Assert.False(GoalClassifier.IsTalk("give a talk and write a blog post about it", GoalVocabulary.From(texts)));
    }

    [Fact]
    public void ACertificateNounAddedOnlyInDialogsIsKeptInTheCredentialsName()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("certificateNouns: \"certificate\"", "certificateNouns: \"certificate; diploma\"", StringComparison.Ordinal));
        Assert.Equal("the teaching certificate", GoalClassifier.TargetOf("earn a teaching certificate by June", GoalType.Certification, GoalVocabulary.From(RepoDialogs.Texts)).Subject);
        Assert.Equal("the teaching diploma", GoalClassifier.TargetOf("earn a teaching diploma by June", GoalType.Certification, GoalVocabulary.From(texts)).Subject);
    }

    [Fact]
    public void TheVerbSaidBackBeforeARoleIsReadFromDialogs()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("roleVerbsSaid: \"be: become\"", "roleVerbsSaid: \"be: grow into\"", StringComparison.Ordinal));
        // The feedback's quote in the coach's words (the Measurable evidence quotes it when the statement holds it whole).
        string Evidence(TextCatalog catalog) => SmartAnalyzer.AsSaid("be a team lead", GoalVocabulary.From(catalog));
        Assert.StartsWith("become a team lead", Evidence(RepoDialogs.Texts), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("grow into a team lead", Evidence(texts), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TypedShorthandAddedOnlyInDialogsIsSpelledOut()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("typedShortForms: \"gonna: going to;", "typedShortForms: \"tryna: trying to; gonna: going to;", StringComparison.Ordinal));
        Assert.Equal("I'm going to lead a team by june", GoalText.Read("im gonna lead a team by june", GoalVocabulary.From(RepoDialogs.Texts)).Cleaned);
        Assert.Equal("I'll lead a team", GoalText.Read("ill lead a team", GoalVocabulary.From(RepoDialogs.Texts)).Cleaned);
        Assert.DoesNotContain("trying to", GoalText.Read("tryna lead a team by june", GoalVocabulary.From(RepoDialogs.Texts)).Cleaned, StringComparison.Ordinal);
        Assert.Contains("trying to lead a team", GoalText.Read("tryna lead a team by june", GoalVocabulary.From(texts)).Cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuestionTailAddedOnlyInDialogsMakesAQuestion()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("questionWordTails: \"about\"", "questionWordTails: \"about; regarding\"", StringComparison.Ordinal));
        Assert.Equal(GoalTextKind.Question, GoalText.Read("what about a promotion", GoalVocabulary.From(RepoDialogs.Texts)).Kind);
        Assert.NotEqual(GoalTextKind.Question, GoalText.Read("what regarding a promotion", GoalVocabulary.From(RepoDialogs.Texts)).Kind);
        Assert.Equal(GoalTextKind.Question, GoalText.Read("what regarding a promotion", GoalVocabulary.From(texts)).Kind);
    }

    [Fact]
    public void AReasonOpenerAddedOnlyInDialogsIsRead()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("reasonOpeners: \"because;", "reasonOpeners: \"due to; because;", StringComparison.Ordinal));
        Assert.Matches(SmartVocabulary.From(texts).ReasonOnly, "well, honestly due to the money");
        Assert.DoesNotMatch(SmartVocabulary.From(RepoDialogs.Texts).ReasonOnly, "well, honestly due to the money");
        Assert.Matches(SmartVocabulary.From(RepoDialogs.Texts).ReasonOnly, "honestly because i want more impact");
        Assert.DoesNotMatch(SmartVocabulary.From(RepoDialogs.Texts).ReasonOnly, "lead a team by june");
    }

    [Fact]
    public void AReasonClauseWithANumberIsRead()
    {
        var smart = SmartVocabulary.From(RepoDialogs.Texts);
        Assert.Equal("because i have 3 kids", smart.ReasonClause.Match("find a remote job because i have 3 kids").Value);
        Assert.Equal("it is my 5-year vision for us", smart.ReasonClause.Match("lead a team, it is my 5-year vision for us").Value);
    }

    [Fact]
    public void CareerWordsAddedOnlyInDialogsAreRead()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml
            .Replace("careerJobNouns: \"job;", "careerJobNouns: \"gigs; job;", StringComparison.Ordinal));
        Assert.Null(CareerVocabulary.From(RepoDialogs.Texts).FindJob("land a ux gigs"));
        Assert.NotNull(CareerVocabulary.From(texts).FindJob("land a ux gigs"));
        Assert.Equal("an hourly rate", CareerVocabulary.WithArticle("hourly rate"));
        Assert.Equal("a user researcher", CareerVocabulary.WithArticle("user researcher"));
    }

    [Theory]
    [InlineData("careerJobNouns: \"job; jobs; role; roles; position; career; gig\"", "careerJobNouns: \" ; \"", "smartwords.careerJobNouns")]
    [InlineData("vowelSoundingConsonantStarts: \"hour; honest; honor; honour; heir\"", "vowelSoundingConsonantStarts: \"\"", "smartwords.vowelSoundingConsonantStarts")]
    [InlineData("careerTitleOf: \"of\"", "careerTitleOf: \"of; at\"", "smartwords.careerTitleOf")]
    public void ABrokenCareerListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        Assert.Contains(key, Assert.Throws<InvalidDataException>(() => CareerVocabulary.From(texts)).Message, StringComparison.Ordinal);
        Assert.Contains(key, Assert.Throws<InvalidDataException>(() => CareerVocabulary.UseArticleSoundsOf(texts)).Message, StringComparison.Ordinal);
    }
}
