using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// Judges a goal letter by letter from its text, the profile and the answers already given, and says why
/// (<see cref="SmartReason"/>) with the words it matched as evidence. Pure rules: no I/O, no LLM, same input same
/// verdict. The dialogs ask only about the letters that are not met, in S-M-A-R-T order.
/// </summary>
public static partial class SmartAnalyzer
{
    /// <summary>A confidence of 6 out of 10 or more counts as achievable (with some weekly time).</summary>
    public const int MinConfidence = 6;

    /// <summary>From this confidence on the coach says "confident"; between <see cref="MinConfidence"/> and it, "fairly sure".</summary>
    public const int ConfidentFrom = 7;

    public static SmartAnalysis Analyze(SmartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var vocabulary = input.Vocabulary ?? GoalVocabulary.Default;
        var (text, structure, reading, goalReading, effort, type, outcomeText, target) =
            GoalTextReading.For(input.GoalText, input.Now, input.Zone, input.Locale, vocabulary);
        var profile = input.Profile ?? new Profile();
        var measureAnswer = WithoutDate(CleanAnswer(input.Measure, vocabulary), input, vocabulary) ?? WithoutDate(structure?.MeasureText, input, vocabulary);
        var (timeBound, deadline, conflict) = TimeBound(input, reading);
        var confidence = input.Confidence ?? reading.Effort.Confidence ?? effort.Confidence;
        var hours = input.HoursPerWeek ?? reading.Effort.HoursPerWeek ?? effort.HoursPerWeek;
        var specific = text.IsGoal ? Specific(goalReading, measureAnswer) : Verdict(SmartLetter.Specific, false, SmartReason.NotAGoal);
        var measurable = Measurable(goalReading, measureAnswer);
        // "finish it": a goal too short to see its result has no finish line either; the two letters never contradict.
        if (specific.Reason == SmartReason.TooShort && measurable.Met && measureAnswer is null) measurable = Verdict(SmartLetter.Measurable, false, SmartReason.NoMeasure);
        var analysis = new SmartAnalysis(
            specific,
            measurable,
            Achievable(confidence, hours, input.Confidence is null ? reading.Effort.ConfidenceText ?? effort.ConfidenceText : null,
                input.HoursPerWeek is null ? reading.Effort.HoursText ?? effort.HoursText : null),
            Relevant(reading, profile, WithoutDate(CleanAnswer(input.Relevance, vocabulary), input, vocabulary)),
            timeBound,
            deadline,
            type,
            confidence,
            hours)
        {
            Kind = text.Kind,
            Cleaned = text.Cleaned,
            MainClause = outcomeText,
            Milestones = structure?.Milestones ?? [],
            Parts = structure?.Parts ?? [],
            MeasureText = measureAnswer,
            DeadlineConflict = conflict,
            StatedDeadline = reading.Date is { Kind: DateRecognitionKind.Date, Date: { } stated } ? stated : null,
            Target = target,
            HedgesDropped = text.Dropped.Count,
            HadQuestion = text.HadQuestion,
        };
        // A finish line the user gave is quoted as the clause the statement makes of it ("I get a job offer", not "when i get a job offer").
        var fromAnswer = measureAnswer is not null && measurable.Evidence == measureAnswer.Trim();
        if (fromAnswer && SmartStatement.MeasureClause(measureAnswer!, vocabulary) is { } clause)
            analysis = analysis with { Measurable = measurable = measurable with { Evidence = vocabulary.Spelled(clause) } };
        // Quoted from the goal itself, the result ("find new job") and the finish line are said as the statement says them.
        var fromGoal = measurable.Reason == SmartReason.HasFinishLine && measurable.Evidence is not null && !fromAnswer;
        var resultQuoted = specific is { Met: true, Named: SpecificAspect.Result or SpecificAspect.Action, Evidence: not null } && specific.Evidence != measureAnswer?.Trim();
        if (!fromGoal && !resultQuoted) return analysis;
        var outcome = SmartStatement.Compose(input, analysis)?.Outcome;
        return analysis with
        {
            Specific = resultQuoted ? specific with { Evidence = AsStated(specific.Evidence!, outcome, vocabulary) } : specific,
            Measurable = fromGoal ? measurable with { Evidence = AsStated(measurable.Evidence!, outcome, vocabulary) } : measurable,
        };
    }

    /// <summary>
    /// A span read from the goal itself, quoted as the statement writes the goal: the span as typed ("find
    /// accountant job part time", "be working as a data") is a raw fragment, so it is quoted only when the statement's
    /// outcome holds it whole, up to the end of a phrase; otherwise the outcome itself is quoted (short ones), or nothing.
    /// </summary>
    private static string? AsStated(string said, string? outcome, GoalVocabulary vocabulary)
    {
        if (outcome is null) return null;
        var quote = vocabulary.Spelled(SmartStatement.Tidy(said));
        var at = outcome.IndexOf(quote, StringComparison.OrdinalIgnoreCase);
        var next = at < 0 ? default : GoalWords.Split(outcome[(at + quote.Length)..]).FirstOrDefault();
        // "be working as a data" in "be working as a data analyst": cut inside the role; before "and", "at", "of" the
        // phrase is whole ("become a software engineer at a big tech company").
        var whole = at >= 0 && (at + quote.Length == outcome.Length || !char.IsLetterOrDigit(outcome[at + quote.Length]))
            && (next.Text is null || vocabulary.Smart.PhraseStops.Contains(next.Text) || vocabulary.Smart.StopWords.Contains(next.Text));
        if (whole) return quote;
        return GoalWords.Split(outcome).Count <= MaxQuotedWords ? outcome : null;
    }

    /// <summary>An outcome longer than this is not quoted back as the finish line: the statement shows it anyway.</summary>
    private const int MaxQuotedWords = 10;

    /// <summary>Evidence in the coach's words: "presenting a strategy" -> "present a strategy", "ops" -> "operations".</summary>
    public static string AsSaid(string phrase, GoalVocabulary vocabulary)
    {
        var first = GoalWords.Split(phrase).FirstOrDefault();
        var words = GoalWords.Split(phrase);
        var said = first.Text is { } w && VerbPhrase.IngBase(w, vocabulary) is { } verb ? verb + phrase[first.End..]
            : first.Text is { } be && vocabulary.Smart.RoleVerbsSaid.TryGetValue(be, out var become) && words.Count > 1 && vocabulary.Smart.IndefiniteArticles.Contains(words[1].Text)
                ? become + phrase[first.End..] : phrase;
        return vocabulary.Spelled(said);
    }

    /// <summary>The main clause without its reason ("... so I have something to show for the promotion case").</summary>
    internal static string OutcomeOnly(string mainClause, GoalVocabulary vocabulary) => vocabulary.Smart.ReasonClause.Replace(mainClause, "").Trim().TrimEnd(',', ';', '-').Trim();

    /// <summary>The main goal decides the template; the whole message only when the main goal fits none.</summary>
    internal static GoalType Classify(string mainClause, string whole, GoalVocabulary vocabulary)
    {
        // "learn sql and tableau so I can apply for analyst jobs": the reason says why, the plan is for what comes before it.
        var type = GoalClassifier.Classify(vocabulary.Smart.ReasonClause.Replace(mainClause, ""), vocabulary);
        // The reasons are left out: "because I want to move into a director role" says why, not what the plan is for.
        return type != GoalType.Generic ? type : GoalClassifier.Classify(vocabulary.Smart.ReasonClause.Replace(whole, ""), vocabulary);
    }

    /// <summary>An answer read like the goal: a question, a hedge or small talk is no answer ("idk", "what do you suggest?").</summary>
    private static string? CleanAnswer(string? answer, GoalVocabulary vocabulary)
    {
        if (string.IsNullOrWhiteSpace(answer)) return null;
        var read = GoalText.Read(answer, vocabulary);
        return read.IsGoal ? read.Cleaned : null;
    }

    /// <summary>
    /// A finish line or a reason without the date said in it: "by june" is a deadline, never "I have june"; null when
    /// nothing but the date was said.
    /// </summary>
    private static string? WithoutDate(string? answer, SmartInput input, GoalVocabulary vocabulary)
    {
        if (answer is null) return null;
        var read = AnswerDate.Read(answer, input.Now, input.Zone, input.Locale, vocabulary);
        if (!read.HasDate) return answer;
        return read.OnlyDate ? null : read.Rest;
    }

    private static LetterVerdict Specific(GoalReading reading, string? measureAnswer)
    {

        // "get better at public speaking", "improve my Excel skills", "grow my network": a direction, even with a skill named.
        if (FirstOf(reading, reading.Vocabulary.Smart.VagueFrames) is { At: 0 or 1 } frame && reading.Measures.Count == 0 && RoleTitle(reading) is null)
            return Verdict(SmartLetter.Specific, false, SmartReason.VagueOutcome, reading.Phrase(frame.At, frame.Length, 0));
        if (ConcreteOutcome(reading) is { } concrete)
            return Verdict(SmartLetter.Specific, true, SmartReason.ConcreteOutcome, concrete.Evidence) with { Named = concrete.Named };
        // "work less overtime: leave by 6pm at least 4 days a week": a stated finish line with a number says what will be different.
        if (measureAnswer is not null && NumberRecognizer.RecognizeAll(measureAnswer, null).Count > 0 && reading.OutcomeWords.Count > 0
            && reading.Vocabulary.IsVerb(reading.OutcomeWords[0].Text))
            return Verdict(SmartLetter.Specific, true, SmartReason.ConcreteOutcome, measureAnswer.Trim()) with { Named = SpecificAspect.Result };
        if (FirstOf(reading, reading.Vocabulary.Smart.VaguePhrases) is { } vague)
            return Verdict(SmartLetter.Specific, false, SmartReason.VagueOutcome, reading.Phrase(vague.At, vague.Length, 0));
        // "change careers lol", "get into tech": a move whose destination is what is missing, so that is what is asked.
        if (MovesWithoutDestination(reading)) return Verdict(SmartLetter.Specific, false, SmartReason.NoDestination);
        var meaningful = reading.MeaningfulWords.ToList();
        if (meaningful.Count < 3) return Verdict(SmartLetter.Specific, false, SmartReason.TooShort, meaningful.Count == 0 ? null : string.Join(' ', meaningful.Select(w => w.Text)));
        // Enough words and a verb someone can act on ("organize the yearly hackathon").
        if (FirstOf(reading, reading.Vocabulary.Smart.ActionVerbs) is { } action)
            return Verdict(SmartLetter.Specific, true, SmartReason.ConcreteOutcome, AsSaid(reading.Phrase(action.At, action.Length, 8), reading.Vocabulary)) with { Named = SpecificAspect.Action };
        return Verdict(SmartLetter.Specific, false, SmartReason.VagueOutcome);
    }

    /// <summary>A credential, named skill, concrete action, role title or a measured result, as written.</summary>
    private static (string Evidence, SpecificAspect Named)? ConcreteOutcome(GoalReading reading)
    {
        if (FirstOf(reading, reading.Vocabulary.Smart.CertificationWords) is { } credential) return (reading.Phrase(credential.At, credential.Length, 0), SpecificAspect.Credential);
        if (RoleTitle(reading) is { } role) return (role, SpecificAspect.Role);
        // "i just want a ux job": a job named by its field's words names the role the vocabulary knows for them.
        if (JobNamed(reading) is { } job) return (job, SpecificAspect.Role);
        if (SkillNamed(reading) is { } skill) return (skill, SpecificAspect.Skill);
        // "get my first job", "get promoted": short, and still the outcome itself.
        if (FirstOf(reading, reading.Vocabulary.ShortOutcomes) is { } outcome) return (AsSaid(reading.Phrase(outcome.At, outcome.Length, 4), reading.Vocabulary), SpecificAspect.Result);
        if (FirstOf(reading, reading.Vocabulary.Smart.ConcreteActions) is { } hit) return (reading.Phrase(hit.At, hit.Length, 4), SpecificAspect.Action);
        if (CareerChange(reading) is { } destination) return (destination, SpecificAspect.Field);
        // A field move is specific when it says where from ("from teaching to ...", "leave banking and ..."); "get into
        // cybersecurity" alone is a direction: the coach asks which role.
        if (reading.Vocabulary.Careers.FindFieldMentions(OutcomeText(reading)) is { Count: > 0 } fields && FirstOf(reading, reading.Vocabulary.Smart.FieldMoves) is not null
            && (fields.Count > 1 || FirstOf(reading, reading.Vocabulary.Smart.FieldLeaves) is not null))
            return (OutcomeText(reading)[fields[0].Start..fields[0].End], SpecificAspect.Field);
        // "earn $90k", "cut costs by 20%": a number that measures the outcome, with something it measures.
        if (reading.Measures.Count > 0 && reading.MeaningfulWords.Count() >= 2) return (MeasureText(reading, reading.Measures[0]), SpecificAspect.Result);
        return null;
    }

    private static bool MovesWithoutDestination(GoalReading reading)
    {
        var words = GoalWords.Split(OutcomeText(reading));
        for (var i = 0; i < words.Count; i++)
            if (GoalVocabulary.MatchAt(words, i, reading.Vocabulary.CareerMoves) > 0) return true;
        return false;
    }

    /// <summary>"ux" in "change careers to ux": the field or role named right after a move out of one's career, as written.</summary>
    private static string? CareerChange(GoalReading reading)
    {
        var words = GoalWords.Split(OutcomeText(reading));
        var text = OutcomeText(reading);
        for (var i = 0; i < words.Count; i++)
        {
            var lead = GoalVocabulary.MatchAt(words, i, reading.Vocabulary.CareerChangeLeads);
            if (lead == 0) continue;
            var at = i + lead;
            while (at < words.Count && reading.Vocabulary.Smart.Articles.Contains(words[at].Text)) at++;
            if (at >= words.Count) return null;
            var rest = text[words[at].Start..];
            if (reading.Vocabulary.Careers.JobWordsAt(words, at) is { } job) return reading.Vocabulary.Spelled(text.Substring(words[at].Start, words[at + job.Length - 1].End - words[at].Start));
            if (reading.Vocabulary.Careers.FindFieldMentions(rest) is { Count: > 0 } fields && fields[0].Start == 0) return rest[fields[0].Start..fields[0].End];
            if (reading.Vocabulary.Careers.FindRoles(rest) is { Count: > 0 } roles && roles[0].Start <= 1) return roles[0].Text;
            return null;
        }
        return null;
    }

    /// <summary>"a UX job" as written (spelled as the coach spells it), when the outcome names one job, not several.</summary>
    private static string? JobNamed(GoalReading reading)
    {
        var outcome = OutcomeText(reading);
        return reading.Vocabulary.Careers.FindJob(outcome) is { } job && !job.Noun.EndsWith('s')
            ? reading.Vocabulary.Spelled(outcome[job.Start..job.End])
            : null;
    }

    /// <summary>The outcome words as one text (no deadline, no effort), for the vocabulary's phrase search.</summary>
    private static string OutcomeText(GoalReading reading) =>
        string.Join(' ', reading.OutcomeWords.Select(w => reading.Text.Substring(w.Start, w.Length)));

    /// <summary>A named skill as written ("Python", "public speaking"), not as a vague "skills".</summary>
    private static string? SkillNamed(GoalReading reading)
    {
        var outcome = OutcomeText(reading);
        // "presenting a strategy to the VP": a skill word that is the goal's own verb names what to do, not a skill to learn.
        // "lead our Q3 planning", "present an ops strategy": with another verb first, a skill word is part of the work, not a skill to learn.
        // "I want to lead ...": the verb after the wish is the goal's own.
        var outcomeWords = GoalWords.Split(outcome);
        var wish = outcomeWords.Count > 0 ? GoalVocabulary.MatchAt(outcomeWords, 0, reading.Vocabulary.Wishes) : 0;
        var first = outcomeWords.Skip(wish).FirstOrDefault();
        var otherVerb = first.Text is { } verb && (reading.Vocabulary.IsVerb(verb) || VerbPhrase.IngBase(verb, reading.Vocabulary) is not null)
            && !reading.Vocabulary.Smart.LearningVerbs.Contains(VerbPhrase.IngBase(verb, reading.Vocabulary) ?? verb);
        foreach (var skill in reading.Vocabulary.Careers.FindSkillMentions(outcome))
        {
            if (otherVerb) continue;
            // "excel at my job": the verb, not the tool.
            if (outcomeWords.FindIndex(w => w.Start == skill.Start) is var at and >= 0 && reading.Vocabulary.IsVerbUse(outcomeWords, at)) continue;
            return outcome[skill.Start..skill.End];
        }
        return null;
    }

    /// <summary>A job title not qualified as a direction ("team lead" yes, "a better manager" no), with its level words.</summary>
    private static string? RoleTitle(GoalReading reading)
    {
        var outcome = OutcomeText(reading);
        var outcomeWords = GoalWords.Split(outcome);
        foreach (var mention in reading.Vocabulary.Careers.FindRoles(outcome))
        {
            var before = outcomeWords.LastOrDefault(w => w.End <= mention.Start);
            if (before.Text is not null && reading.Vocabulary.Smart.VagueQualifiers.Contains(before.Text)) continue;
            // "present the strategy to the VP", "ask my manager": the person spoken to is no role to reach.
            if (IsAudience(outcomeWords, mention.Start, reading.Vocabulary)) continue;
            return mention.Text;
        }
        return null;
    }

    /// <summary>A role written as whom the goal is for or shown to: "to the VP", "with my manager", "ask my lead".</summary>
    internal static bool IsAudience(List<GoalWord> words, int mentionStart, GoalVocabulary vocabulary)
    {
        var before = words.Where(w => w.End <= mentionStart).ToList();
        if (before.Count < 2 || !vocabulary.Smart.AudienceDeterminers.Contains(before[^1].Text)) return false;
        return vocabulary.Smart.AudiencePrepositions.Contains(before[^2].Text);
    }

    private static LetterVerdict Measurable(GoalReading reading, string? measureAnswer)
    {
        // A finish line the user stated ("I'll know it's done when the VP signs off") is the measure, before any number.
        if (!string.IsNullOrWhiteSpace(measureAnswer) && GoalWords.Split(measureAnswer).Count >= 3)
            return Verdict(SmartLetter.Measurable, true,
                BotFramework.Recognizers.NumberRecognizer.RecognizeAll(measureAnswer, null).Count > 0 ? SmartReason.HasNumber : SmartReason.HasFinishLine, measureAnswer.Trim());
        if (reading.Measures.Count > 0)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasNumber, MeasureText(reading, reading.Measures[0]));
        if (FirstOf(reading, reading.Vocabulary.Smart.CertificationWords) is { } credential)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, FinishLineText(reading, credential.At, credential.Length));
        if (FirstOf(reading, reading.Vocabulary.Smart.FinishLines) is { } finish)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, AsSaid(reading.Phrase(finish.At, finish.Length, 8), reading.Vocabulary));
        if (FirstOf(reading, reading.Vocabulary.ShortOutcomes) is { } outcome)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, AsSaid(reading.Phrase(outcome.At, outcome.Length, 4), reading.Vocabulary));
        // "get a junior dev job": the job of a named role, held, is a finish line you can see.
        if (RoleTitle(reading) is { } title && FirstOf(reading, reading.Vocabulary.JobNouns) is { } held && reading.OutcomeWords[held.At].Start > 0
            && OutcomeText(reading).Contains(title, StringComparison.OrdinalIgnoreCase))
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, RoleJob(reading, title, held.At));
        // "become a team lead": holding a named title is a finish line you can see.
        if (FirstOf(reading, reading.Vocabulary.Smart.TitleVerbs) is { } become && RoleTitle(reading) is not null)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, AsSaid(reading.Phrase(become.At, become.Length), reading.Vocabulary));
        // "a ux job": holding the job is a finish line you can see, as holding a title is.
        if (JobNamed(reading) is { } job)
            return Verdict(SmartLetter.Measurable, true, SmartReason.HasFinishLine, job);
        if (!string.IsNullOrWhiteSpace(measureAnswer))
        {
            var answer = measureAnswer.Trim();
            var hasNumber = BotFramework.Recognizers.NumberRecognizer.RecognizeAll(answer, null).Count > 0;
            return Verdict(SmartLetter.Measurable, true, hasNumber ? SmartReason.HasNumber : SmartReason.HasFinishLine, answer);
        }
        return Verdict(SmartLetter.Measurable, false, SmartReason.NoMeasure);
    }

    /// <summary>"junior dev job": the role as written up to the job noun after it; the role alone when the noun comes first.</summary>
    private static string RoleJob(GoalReading reading, string title, int nounAt)
    {
        var start = reading.Text.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        var end = reading.OutcomeWords[nounAt].End;
        return start >= 0 && end > start ? reading.Vocabulary.Spelled(reading.Text[start..end]) : title;
    }

    /// <summary>The credential with the verb before it when there is one: "pass the CPA exam", "earn the PMP certification".</summary>
    private static string FinishLineText(GoalReading reading, int at, int length)
    {
        var words = reading.OutcomeWords;
        var first = at;
        while (first > 0 && at - first < 8
               && (!reading.Vocabulary.Smart.StopWords.Contains(words[first - 1].Text) || reading.Vocabulary.Smart.CredentialLeads.Contains(words[first - 1].Text)))
            first--;
        while (first < at && reading.Vocabulary.Smart.CredentialTrims.Contains(words[first].Text)) first++;
        // "CPA exam", "PMP certification": the credential word after the name belongs to it.
        while (at + length < words.Count && reading.Vocabulary.Smart.CertificationWords.Any(c => GoalWords.Matches(words[at + length].Text, c))) length++;
        // "pass the AWS Solutions Architect exam": the name runs on to the credential word after it; the quote is the
        // whole name, never "pass the AWS".
        var whole = reading.Phrase(first, at - first + length, 8);
        var quoted = reading.Phrase(first, at - first + length, 0);
        var rest = GoalWords.Split(whole).Skip(GoalWords.Split(quoted).Count).ToList();
        var lastCredential = rest.FindLastIndex(w => reading.Vocabulary.Smart.CertificationWords.Any(c => GoalWords.Matches(w.Text, c)));
        return lastCredential >= 0 ? reading.Phrase(first, at - first + length + lastCredential + 1, 0) : quoted;
    }

    /// <summary>The number as written, with "$" before it and its unit or noun after it ("$90k", "three courses", "20%").</summary>
    private static string MeasureText(GoalReading reading, (decimal Value, int Start, int End) measure)
    {
        var text = reading.Text;
        var start = measure.Start > 0 && text[measure.Start - 1] is '$' or '£' or '€' ? measure.Start - 1 : measure.Start;
        var end = measure.End;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '%')) end++; // "90k", "20%"
        // Up to two words of what is counted: "three leadership courses", "10 people", "2 talks".
        for (var taken = 0; taken < 2; taken++)
        {
            var next = reading.OutcomeWords.FirstOrDefault(w => w.Start >= end);
            if (next.Text is not { } word || reading.Vocabulary.Smart.StopWords.Contains(word) || next.IsNumber
                || !text.AsSpan(end, next.Start - end).IsWhiteSpace() || next.Start - end > 2)
                break;
            end = next.End;
        }
        // "one course per semester": a rate is quoted with what it is per, or not at all.
        var last = reading.OutcomeWords.LastOrDefault(w => w.End == end);
        if (last.Text is { } ending && reading.Vocabulary.Smart.RateWords.Contains(ending))
        {
            var after = reading.OutcomeWords.FirstOrDefault(w => w.Start > end);
            end = after.Text is not null && after.Start - end <= 2 && !after.IsNumber ? after.End : last.Start;
            end = text.AsSpan(0, end).TrimEnd().Length;
        }
        return text[start..end];
    }

    private static LetterVerdict Achievable(int? confidence, decimal? hours, string? confidenceText, string? hoursText)
    {
        var evidence = string.Join(", ", new[] { confidence is { } c ? confidenceText ?? $"{c}/10" : null, hours is { } h ? hoursText ?? $"{h:0.#} h/week" : null }
            .Where(e => e is not null));
        var shown = evidence.Length == 0 ? null : evidence;
        if (confidence is { } score && score < MinConfidence) return Verdict(SmartLetter.Achievable, false, SmartReason.LowConfidence, shown);
        // Ask only for what is missing: with the hours given, only the confidence.
        if (confidence is null) return Verdict(SmartLetter.Achievable, false, hours is > 0 ? SmartReason.NoConfidence : SmartReason.AskConfidenceAndTime, shown);
        var confident = confidence >= ConfidentFrom;
        if (hours is not > 0) return Verdict(SmartLetter.Achievable, false, confident ? SmartReason.NoTime : SmartReason.FairlySureNoTime, shown);
        return Verdict(SmartLetter.Achievable, true, confident ? SmartReason.ConfidentWithTime : SmartReason.FairlySureWithTime, shown);
    }

    private static LetterVerdict Relevant(GoalReading reading, Profile profile, string? relevance)
    {
        var goalWords = reading.MeaningfulWords.Where(w => !w.IsNumber).ToList();
        foreach (var value in profile.Values.Select(v => v.Text).Where(v => !string.IsNullOrWhiteSpace(v)))
            if (ServesValue(goalWords, value, reading.Vocabulary.Smart) is { } word)
                // The value as the user picked it, whole; the goal word that matched it ("admin", "raise") is a fragment.
                return Verdict(SmartLetter.Relevant, true, SmartReason.MatchesValue, value.Trim());

        foreach (var vision in new[] { profile.Vision5Years, profile.Vision10Years, profile.CurrentRole })
            if (SharedWord(goalWords, vision, reading.Vocabulary.Smart) is not null)
                // No evidence quoted: the one shared word ("admin") is a fragment, and the vision itself is the user's long answer.
                return Verdict(SmartLetter.Relevant, true, SmartReason.MatchesVision);

        if (!string.IsNullOrWhiteSpace(relevance)) return Verdict(SmartLetter.Relevant, true, SmartReason.RelevanceGiven, relevance.Trim());
        // The goal says why in its own words: "... because I value growth", "... so that I can lead".
        if (reading.Vocabulary.Smart.ReasonClause.Match(reading.Text) is { Success: true } why)
            return Verdict(SmartLetter.Relevant, true, SmartReason.RelevanceGiven, why.Value.Trim());
        return Verdict(SmartLetter.Relevant, false, SmartReason.NoConnection);
    }

    /// <summary>The goal word that serves the value: the value's own word ("salary"), or a word of its concept ("raise").</summary>
    private static string? ServesValue(List<GoalWord> goalWords, string value, SmartVocabulary smart)
    {
        var valueWords = GoalWords.Split(value).Where(w => !smart.StopWords.Contains(w.Text) && !w.IsNumber).ToList();
        foreach (var g in goalWords)
            if (!smart.GenericWords.Contains(g.Text) && valueWords.Any(v => GoalWords.Stem(v.Text) == GoalWords.Stem(g.Text)))
                return g.Text;
        foreach (var concept in smart.ValueConcepts)
        {
            if (!valueWords.Any(v => concept.Keys.Any(k => GoalWords.Matches(v.Text, k)))) continue;
            foreach (var g in goalWords)
                if (concept.GoalWords.Any(p => GoalWords.Matches(g.Text, p))) return g.Text;
        }
        return null;
    }

    /// <summary>
    /// A content word the goal shares with the vision (crude stems: "leading" ~ "leadership"), or two words of the
    /// same value concept ("senior manager" ~ "lead a department").
    /// </summary>
    private static string? SharedWord(List<GoalWord> goalWords, string? vision, SmartVocabulary smart)
    {
        if (string.IsNullOrWhiteSpace(vision)) return null;
        var visionWords = GoalWords.Split(vision)
            .Where(w => !w.IsNumber && !smart.StopWords.Contains(w.Text) && !smart.GenericWords.Contains(w.Text))
            .ToList();
        var candidates = goalWords.Where(w => !smart.GenericWords.Contains(w.Text)).ToList();
        foreach (var g in candidates)
            foreach (var v in visionWords)
                if (GoalWords.Stem(g.Text) == GoalWords.Stem(v.Text) || g.Text.Length >= 5 && GoalWords.Like(g.Text, v.Text))
                    return g.Text == v.Text ? g.Text : $"{g.Text} ~ {v.Text}";
        foreach (var concept in smart.ValueConcepts)
        {
            var inGoal = candidates.FirstOrDefault(g => concept.GoalWords.Any(p => GoalWords.Matches(g.Text, p)));
            var inVision = visionWords.FirstOrDefault(v => concept.GoalWords.Any(p => GoalWords.Matches(v.Text, p)));
            if (inGoal.Text is not null && inVision.Text is not null) return $"{inGoal.Text} ~ {inVision.Text}";
        }
        return null;
    }

    private static (LetterVerdict Verdict, DateOnly? Deadline, DeadlineConflict? Conflict) TimeBound(SmartInput input, GoalReading reading)
    {
        var stated = reading.Date;
        // A deadline of today is not a goal's deadline any more: it counts with the past.
        if (input.Deadline is { } given)
        {
            if (given <= reading.Today)
                return (Verdict(SmartLetter.TimeBound, false, SmartReason.PastDeadline, given.ToString("yyyy-MM-dd")), null, null);
            // The text says one date and an answer another: never replace a stated deadline silently, ask.
            if (!input.DeadlineSettled && stated is { Kind: DateRecognitionKind.Date, Date: { } written } && written != given)
                return (Verdict(SmartLetter.TimeBound, false, SmartReason.DeadlineConflict, $"{written:yyyy-MM-dd} / {given:yyyy-MM-dd}"),
                    given, new DeadlineConflict(written, given));
            return (Verdict(SmartLetter.TimeBound, true, SmartReason.HasDeadline, given.ToString("yyyy-MM-dd")), given, null);
        }
        return stated.Date switch
        {
            { } d when d > reading.Today => (Verdict(SmartLetter.TimeBound, true, SmartReason.HasDeadline, stated.Matched), d, null),
            { } => (Verdict(SmartLetter.TimeBound, false, SmartReason.PastDeadline, stated.Matched), null, null),
            null => (Verdict(SmartLetter.TimeBound, false, SmartReason.NoDeadline, stated.Matched), null, null),
        };
    }

    /// <summary>The earliest place any phrase of the table matches among the outcome words.</summary>
    private static (int At, int Length)? FirstOf(GoalReading reading, string[] table)
    {
        (int At, int Length)? best = null;
        foreach (var phrase in table)
        {
            var at = reading.Find(phrase);
            var length = phrase.AsSpan().Count(' ') + 1; // its words, as Split(' ') counts them, without the array
            if (at >= 0 && (best is not { } b || at < b.At || at == b.At && length > b.Length)) best = (at, length);
        }
        return best;
    }

    private static LetterVerdict Verdict(SmartLetter letter, bool met, SmartReason reason, string? evidence = null) =>
        new(letter, met, reason, string.IsNullOrWhiteSpace(evidence) ? null : evidence);
}
