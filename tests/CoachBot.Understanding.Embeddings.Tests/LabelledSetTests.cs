using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;
using CoachBot.BotFramework.Understanding.Facts;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Suggestions;
using CoachBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// The whole pipeline as the host builds it: the dialogs of the repository, the real MiniLM matcher over their
/// choice sets and intents (loaded once for the process, <see cref="ProcessWide"/>), the rules first.
/// </summary>
public sealed class PipelineFixture
{
    public PipelineFixture()
    {
        Texts = TextCatalog.Load(RepoPaths.Dialogs);
        var matcher = new EmbeddingSemanticMatcher(EmbeddingModels.Default, [new CatalogCandidateSets(Texts)], NullLogger<EmbeddingSemanticMatcher>.Instance);
        matcher.StartLoading();
        Assert.True(matcher.WhenReadyAsync(CancellationToken.None).GetAwaiter().GetResult(), "the shipped model did not load");
        Understanding = new Understander(Texts, matcher);
        var coachTexts = new CoachTexts(Texts);
        Menu = new MenuUnderstanding(coachTexts, new CommandHandler(coachTexts, new SuggestionService(new NoSuggester(), TimeProvider.System)));
    }

    public TextCatalog Texts { get; }
    public Understander Understanding { get; }
    public MenuUnderstanding Menu { get; }
}

[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<PipelineFixture>
{
    public const string Name = "the whole pipeline with the real matcher";
}

/// <summary>
/// tests/Data/understanding through the whole pipeline, per category of issue 11: of the answers taken, at least 95%
/// right; at least 80% taken without a confirmation; at most 5% not understood. Prints the figures (the README's).
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class LabelledSetTests(PipelineFixture pipeline, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static string Data(string file) => Path.Combine(RepoPaths.Root, "tests", "Data", "understanding", file);

    private sealed class Tally(string category)
    {
        public string Category => category;
        public int Items, Taken, TakenRight, Confirmed, NotUnderstood;
        public List<string> Misses { get; } = [];
        public List<string> Confirmations { get; } = [];

        public void Add(Outcome outcome, bool right, string text)
        {
            Items++;
            switch (outcome)
            {
                case Outcome.Taken: Taken++; if (right) TakenRight++; else Misses.Add(text); break;
                case Outcome.Confirm: Confirmed++; Confirmations.Add(text); break;
                default: NotUnderstood++; Misses.Add("(not understood) " + text); break;
            }
        }

        public double RightShare => Taken == 0 ? 1 : (double)TakenRight / Taken;
        public double TakenShare => Items == 0 ? 0 : (double)Taken / Items;
        public double NotUnderstoodShare => Items == 0 ? 0 : (double)NotUnderstood / Items;
        public bool Passes => RightShare >= 0.95 && TakenShare >= 0.80 && NotUnderstoodShare <= 0.05;

        public override string ToString() =>
            $"{category,-10} items {Items,4}: taken right {RightShare,7:P1} ({TakenRight}/{Taken}), taken without confirmation {TakenShare,7:P1}, " +
            $"not understood {NotUnderstoodShare,6:P1}";
    }

    private enum Outcome { Taken, Confirm, NotUnderstood }

    /// <summary>
    /// Categories that do not meet issue 11's thresholds yet keep the floor measured when this test was written
    /// (taken right, taken without confirmation, not understood at most), so they cannot get worse unseen; the README
    /// says which and by how much. A category without a floor must meet the issue's thresholds.
    /// </summary>
    private static readonly Dictionary<string, (double Right, double Taken, double NotUnderstood)> Floors = new()
    {
    };

    private void Report(Tally tally)
    {
        output.WriteLine(tally.ToString());
        foreach (var miss in tally.Misses.Take(40)) output.WriteLine("   miss: " + miss);
        foreach (var asked in tally.Confirmations.Take(40)) output.WriteLine("   confirmed: " + asked);
        if (Floors.TryGetValue(tally.Category, out var floor))
            Assert.True(tally.RightShare >= floor.Right && tally.TakenShare >= floor.Taken && tally.NotUnderstoodShare <= floor.NotUnderstood,
                tally + " fell below its recorded floor");
        else Assert.True(tally.Passes, tally.ToString());
    }

    [Fact]
    public async Task Choices()
    {
        var tally = new Tally("choices");
        foreach (var (setId, node) in Sets(Data("choices.yaml")))
        {
            var choices = pipeline.Texts.Choices.Get(setId, "en-US");
            var text = Get(node, "text")!;
            var expected = Get(node, "key") is { } key ? [key] : GetList(node, "keys") ?? [];
            var also = GetList(node, "alsoRight") ?? [];
            if (expected.Count > 1)
            {
                var many = ChoiceRecognizer.RecognizeMany(text, choices, "en-US").Select(f => f.Key).ToList();
                tally.Add(many.Count > 0 ? Outcome.Taken : Outcome.NotUnderstood, many.SequenceEqual(expected), text);
                continue;
            }
            if (setId == "core.confirm" && BooleanRecognizer.Recognize(text, "en-US") is { } yes)
            {
                tally.Add(Outcome.Taken, (yes ? "yes" : "no") == expected[0] || also.Contains(yes ? "yes" : "no"), text);
                continue;
            }
            if (setId == "menu.main")
            {
                var menu = await pipeline.Menu.ReadAsync(text, "en-US", pipeline.Understanding, null, CancellationToken.None);
                tally.Add(MenuOutcome(menu), menu.Key == expected[0] || also.Contains(menu.Key ?? ""), text);
                continue;
            }
            var reading = await pipeline.Understanding.ReadChoiceAsync(text, choices, [new SemanticScope(setId)], "en-US", null, CancellationToken.None);
            var right = reading.Key == expected[0] || also.Contains(reading.Key ?? "");
            // An honestly unclear item is ideally confirmed with its key first.
            var outcome = reading.Kind switch { UnderstoodKind.Taken => Outcome.Taken, UnderstoodKind.Confirm => Outcome.Confirm, _ => Outcome.NotUnderstood };
            if (Get(node, "confirm") == "true" && outcome == Outcome.Confirm && right) outcome = Outcome.Taken;
            tally.Add(outcome, right, $"{setId}: {text} -> {reading.Kind} {reading.Key}");
        }
        Report(tally);
    }

    [Fact]
    public async Task Commands()
    {
        var tally = new Tally("commands");
        foreach (var node in Items(Data("commands.yaml")))
        {
            var text = Get(node, "text")!;
            var intent = Get(node, "intent")!;
            var at = Get(node, "at") ?? "menu";
            var rules = CommandRecognizer.Recognize(pipeline.Texts, text);
            if (at != "menu" || intent == "answer")
            {
                // At a prompt only the rules' whole commands interrupt; an answer must reach its prompt.
                var right = intent == "answer" ? rules is null : rules is not null && KeyOf(rules) == intent;
                tally.Add(Outcome.Taken, right, $"{at}: {text} -> {rules?.Kind}");
                continue;
            }
            if (rules is not null)
            {
                tally.Add(Outcome.Taken, KeyOf(rules) == intent, $"{text} -> rules {rules.Kind}");
                continue;
            }
            var menu = await pipeline.Menu.ReadAsync(text, "en-US", pipeline.Understanding, null, CancellationToken.None);
            var key = menu.Kind == MenuReadingKind.Command ? KeyOf(menu.Command!) : menu.Kind == MenuReadingKind.Question ? "question" : menu.Key;
            tally.Add(MenuOutcome(menu), key == intent, $"{text} -> {menu.Kind} {key}");
        }
        Report(tally);
    }

    [Fact]
    public void Questions()
    {
        var tally = new Tally("questions");
        foreach (var node in Items(Data("questions.yaml")))
        {
            var text = Get(node, "text")!;
            var isQuestion = pipeline.Understanding.FindQuestion(text, "en-US") is not null;
            tally.Add(Outcome.Taken, isQuestion == (Get(node, "expect") == "question"), $"{text} -> question {isQuestion}");
        }
        Report(tally);
    }

    [Fact]
    public void Dates()
    {
        var tally = new Tally("dates");
        var phrases = RecognizerPhrases.From(pipeline.Texts, "en-US");
        foreach (var node in Items(Data("dates.yaml")))
        {
            var text = Get(node, "text")!;
            var expect = Get(node, "expect")!;
            var locale = Get(node, "locale") switch { null => "en-US", "unknown" => null, var l => l };
            var zone = UserTimeZone.Resolve(Get(node, "timeZone") ?? "Europe/Berlin");
            var found = DateRecognizer.Recognize(text, Now, zone, locale, phrases);
            var got = found.Kind switch
            {
                DateRecognitionKind.Date => found.Date!.Value.ToString("yyyy-MM-dd"),
                DateRecognitionKind.Past => "past",
                DateRecognitionKind.Ambiguous or DateRecognitionKind.AskForDate or DateRecognitionKind.Invalid => "ask",
                _ => "none",
            };
            tally.Add(got is "ask" ? Outcome.Confirm : Outcome.Taken, got == expect, $"{text} -> {got} (expected {expect})");
            // An item that expects a question about the date is answered right by asking it.
            if (got == "ask" && expect == "ask") { tally.Confirmed--; tally.Taken++; tally.TakenRight++; }
        }
        Report(tally);
    }

    [Fact]
    public void Schedules()
    {
        var tally = new Tally("schedules");
        var words = ScheduleWords.From(pipeline.Texts);
        foreach (var node in Items(Data("schedules.yaml")))
        {
            var text = Get(node, "text")!;
            var expect = (YamlMappingNode)node.Children[new YamlScalarNode("expect")];
            var kind = Get(expect, "kind");
            var change = ScheduleParser.Parse(text, words, "en-US");
            bool right;
            if (kind == "refuse") right = change.Refusal is not null;
            else if (kind == "off") right = change.Cadence == Cadence.Off;
            else
            {
                right = change.Refusal is null && change.Cadence?.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) != false;
                if (GetList(expect, "days") is { } days)
                    right &= change.Days is { } got && got.Select(d => d.ToString().ToLowerInvariant()).SequenceEqual(days);
                if (Get(expect, "time") is { } time) right &= change.Time?.ToString("HH:mm") == time;
            }
            tally.Add(change.IsEmpty && kind != "refuse" ? Outcome.NotUnderstood : Outcome.Taken, right, $"{text} -> {change}");
        }
        Report(tally);
    }

    /// <summary>
    /// Every item through <see cref="FactReader"/> at the prompt it was typed at, with its earlier answers: after the
    /// message each expected confidence, hours, deadline and schedule has its value, the earlier answers not listed as
    /// changed keep theirs, and none listed as unset is set. Schedules typed at the schedule prompt or the menu go
    /// through the schedule parser, as the schedule dialog reads them. Items whose facts are all of other kinds (a
    /// measure, values, a check-in's progress) are read by their own prompts and measured with the choices; they are
    /// listed, not counted.
    /// </summary>
    [Fact]
    public void TwoFacts()
    {
        var tally = new Tally("twofacts");
        var phrases = RecognizerPhrases.From(pipeline.Texts, "en-US");
        var words = ScheduleWords.From(pipeline.Texts);
        var zone = UserTimeZone.Resolve("Europe/Berlin");
        string[] measured = ["confidence", "hours", "deadline", "schedule", "timeZone"];
        foreach (var node in Items(Data("twofacts.yaml")))
        {
            var text = Get(node, "text")!;
            var at = Get(node, "at")!;
            var expect = (YamlMappingNode)node.Children[new YamlScalarNode("expect")];
            var expected = expect.Children.Where(c => measured.Contains(((YamlScalarNode)c.Key).Value)).ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value);
            if (expected.Count == 0) { output.WriteLine("   not measured here: " + text); continue; }
            var changed = GetList(node, "changed") ?? [];
            var unset = GetList(node, "unset") ?? [];

            var state = new Dictionary<string, YamlNode>();
            var earlier = new List<FactValue>();
            foreach (var before in ((YamlSequenceNode)node.Children[new YamlScalarNode("before")]).Children.OfType<YamlMappingNode>())
                foreach (var (key, value) in before.Children)
                {
                    state[((YamlScalarNode)key).Value!] = value;
                    if (Fact(((YamlScalarNode)key).Value!, value) is { } fact) earlier.Add(fact);
                }
            var beforeState = new Dictionary<string, YamlNode>(state);
            var got = new Dictionary<string, string>();
            foreach (var (name, value) in state) got[name] = Show(name, value);

            FactSlot? asked = at switch { "goal.achievable" => FactSlot.Rating, "goal.hours" => FactSlot.WeeklyHours, "goal.deadline" => FactSlot.Deadline, "schedule.ask" => FactSlot.Schedule, _ => null };
            var reading = FactReader.Read(text, asked, earlier, phrases, Now, zone, "en-US");
            var any = reading.Answer is not null || reading.Also.Count > 0 || reading.Correction is not null;
            foreach (var fact in new[] { reading.Answer, reading.Correction }.Concat(reading.Also).OfType<FactValue>())
            {
                switch (fact.Slot)
                {
                    case FactSlot.Rating: got["confidence"] = ((int)fact.Number!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                    case FactSlot.WeeklyHours: got["hours"] = fact.Number!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture); break;
                    case FactSlot.Deadline: got["deadline"] = fact.Date!.Value.ToString("yyyy-MM-dd"); break;
                    case FactSlot.Schedule when at is not ("schedule.ask" or "menu"):
                        got["schedule"] = ScheduleOf(got.GetValueOrDefault("schedule"), fact.Day is { } d ? new[] { d } : null, fact.Time, null); break;
                }
            }
            if (at is "schedule.ask" or "menu")
            {
                // The schedule dialog reads the whole answer as a change of the schedule.
                var change = ScheduleParser.Parse(text, words, "en-US");
                if (!change.IsEmpty)
                {
                    any = true;
                    got["schedule"] = ScheduleOf(got.GetValueOrDefault("schedule"), change.Days, change.Time, change.Cadence);
                    if (change.TimeZone is { } tz) got["timeZone"] = tz;
                }
            }

            var right = expected.All(e => got.GetValueOrDefault(e.Key) == Show(e.Key, e.Value))
                && beforeState.Where(b => !changed.Contains(b.Key) && measured.Contains(b.Key)).All(b => got.GetValueOrDefault(b.Key) == Show(b.Key, b.Value))
                && unset.All(u => !got.ContainsKey(u));
            var shown = string.Join(", ", got.Select(g => $"{g.Key} {g.Value}"));
            tally.Add(any ? Outcome.Taken : Outcome.NotUnderstood, right, $"{at}: {text} -> {shown}");
        }
        Report(tally);

        static FactValue? Fact(string name, YamlNode value) => name switch
        {
            "confidence" => new FactValue(FactSlot.Rating) { Number = decimal.Parse(((YamlScalarNode)value).Value!, System.Globalization.CultureInfo.InvariantCulture) },
            "hours" => new FactValue(FactSlot.WeeklyHours) { Number = decimal.Parse(((YamlScalarNode)value).Value!, System.Globalization.CultureInfo.InvariantCulture) },
            "deadline" => new FactValue(FactSlot.Deadline) { Date = DateOnly.Parse(((YamlScalarNode)value).Value!, System.Globalization.CultureInfo.InvariantCulture) },
            "schedule" => new FactValue(FactSlot.Schedule),
            _ => null,
        };
    }

    /// <summary>A fact's value as text: a schedule as "kind days time", anything else as written.</summary>
    private static string Show(string name, YamlNode value)
    {
        if (name != "schedule" || value is not YamlMappingNode schedule) return ((YamlScalarNode)value).Value!;
        return $"{Get(schedule, "kind")} {string.Join("+", GetList(schedule, "days") ?? [])} {Get(schedule, "time")}".Trim();
    }

    private static string ScheduleOf(string? before, IReadOnlyList<DayOfWeek>? days, TimeOnly? time, Cadence? cadence)
    {
        var parts = (before ?? "weekly").Split(' ');
        var kind = cadence?.ToString().ToLowerInvariant() ?? parts[0];
        var dayText = days is { Count: > 0 } ? string.Join("+", days.Select(d => d.ToString().ToLowerInvariant())) : parts.Length > 1 && !parts[1].Contains(':') ? parts[1] : "";
        var timeText = time?.ToString("HH:mm") ?? parts.FirstOrDefault(p => p.Contains(':')) ?? "";
        return $"{kind} {dayText} {timeText}".Replace("  ", " ").Trim();
    }

    [Fact]
    public async Task Other()
    {
        var tally = new Tally("other");
        foreach (var node in Items(Data("other.yaml")))
        {
            var text = Get(node, "text")!;
            var intent = Get(node, "intent")!;
            var at = Get(node, "at") ?? "menu";
            var also = GetList(node, "alsoRight") ?? [];
            string? got;
            if (at != "menu")
            {
                got = pipeline.Understanding.Languages.OtherLanguageOf(text) is not null ? "otherLanguage" : "answer";
                if (got == "answer" && intent == "notUnderstood" && pipeline.Texts.Choices.Contains(at))
                {
                    var reading = await pipeline.Understanding.ReadChoiceAsync(text, pipeline.Texts.Choices.Get(at, "en-US"), [new SemanticScope(at)], "en-US", null, CancellationToken.None);
                    got = reading.Kind == UnderstoodKind.Taken ? "answer" : "notUnderstood";
                }
                tally.Add(Outcome.Taken, got == intent || also.Contains(got), $"{at}: {text} -> {got}");
                continue;
            }
            if (CommandWords.From(pipeline.Texts).IsGreeting(text)) { tally.Add(Outcome.Taken, intent == "greeting" || also.Contains("greeting"), text); continue; }
            if (CommandRecognizer.Recognize(pipeline.Texts, text) is { } rules) { tally.Add(Outcome.Taken, KeyOf(rules) == intent, $"{text} -> rules {rules.Kind}"); continue; }
            var menu = await pipeline.Menu.ReadAsync(text, "en-US", pipeline.Understanding, null, CancellationToken.None);
            got = menu.Kind switch
            {
                MenuReadingKind.OtherLanguage => "otherLanguage",
                MenuReadingKind.NotUnderstood => "notUnderstood",
                MenuReadingKind.Command => KeyOf(menu.Command!),
                MenuReadingKind.Question => "question",
                _ => menu.Key,
            };
            // Saying it did not understand is the right answer to what means nothing.
            var outcome = menu.Kind == MenuReadingKind.Confirm ? Outcome.Confirm : Outcome.Taken;
            tally.Add(outcome, got == intent || also.Contains(got ?? ""), $"{text} -> {menu.Kind} {got}");
        }
        Report(tally);
    }

    private static Outcome MenuOutcome(MenuReading menu) => menu.Kind switch
    {
        MenuReadingKind.Confirm => Outcome.Confirm,
        MenuReadingKind.NotUnderstood => Outcome.NotUnderstood,
        _ => Outcome.Taken,
    };

    /// <summary>The intent key of TEAM.md a command is.</summary>
    private static string KeyOf(CoachCommand command) => command.Kind switch
    {
        CoachCommandKind.Schedule when command.Text == "off" => "stopCheckIns",
        CoachCommandKind.EditProfilePart => "editProfilePart",
        var kind => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..],
    };

    private static YamlMappingNode Root(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Items(string path) =>
        ((YamlSequenceNode)Root(path).Children[new YamlScalarNode("items")]).Children.OfType<YamlMappingNode>();

    private static IEnumerable<(string SetId, YamlMappingNode Item)> Sets(string path) =>
        from set in ((YamlMappingNode)Root(path).Children[new YamlScalarNode("sets")]).Children
        from item in ((YamlSequenceNode)set.Value).Children.OfType<YamlMappingNode>()
        select (((YamlScalarNode)set.Key).Value!, item);

    private static string? Get(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode { Value: { } s } ? s : null;

    private static List<string>? GetList(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(n => n.Value!).ToList() : null;
}
