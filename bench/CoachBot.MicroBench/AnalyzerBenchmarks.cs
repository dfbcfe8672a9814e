using BenchmarkDotNet.Attributes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.MicroBench;

/// <summary>The rules the goal dialog runs on every goal answer: the SMART analyzer and the date recognizer.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const string OneTurnGoal =
        "pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning";

    private static readonly Profile Profile = new();

    // The date words come from dialogs/ (recognizers.yaml), read once as the host reads them.
    private static readonly RecognizerPhrases Phrases = RecognizerPhrases.From(Fixtures.Texts.Value, "en-US");

    [Benchmark]
    public SmartAnalysis SmartOneTurnGoal() =>
        SmartAnalyzer.Analyze(new SmartInput(OneTurnGoal, Profile, Fixtures.Now, TimeZoneInfo.Utc));

    [Benchmark]
    public SmartAnalysis SmartVagueGoal() =>
        SmartAnalyzer.Analyze(new SmartInput("I want to get better at my job", Profile, Fixtures.Now, TimeZoneInfo.Utc));

    [Benchmark]
    public DateRecognition DateRelative() =>
        DateRecognizer.Recognize("by end of next year", Fixtures.Now, TimeZoneInfo.Utc, "en-US", Phrases);

    [Benchmark]
    public DateRecognition DateInSentence() =>
        DateRecognizer.Recognize(OneTurnGoal, Fixtures.Now, TimeZoneInfo.Utc, "en-US", Phrases);
}
