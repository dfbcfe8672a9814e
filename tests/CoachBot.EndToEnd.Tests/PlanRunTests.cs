using CoachBot.Coaching.Smart;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Views;
using CoachBot.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static CoachBot.EndToEnd.Tests.Infrastructure.DialogFragments;

namespace CoachBot.EndToEnd.Tests;

/// <summary>
/// Issue 4's run through the real Playground: a newcomer goes from "hi" to a confirmed profile, one SMART goal and
/// a dated plan, then "my plan" shows it all as an Adaptive Card Teams can render. The coach's wording and the order
/// of its questions may change, so the user answers whichever question was asked (recognised by its sentence in
/// dialogs/), within a bounded number of turns, rather than following a fixed script. The whole transcript goes
/// to the test output.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed partial class PlanRunTests(PlaygroundFixture playground, ITestOutputHelper output)
{
    private const int MaxTurns = 40;
    private const int MaxSameQuestion = 3;

    public static TheoryData<string> Channels => new(PlaygroundFixture.ChannelIds);

    /// <summary>What the newcomer says to each question, by its key in dialogs/. "skip" for some parts, on purpose.</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        [CoachingTexts.Welcome] = "self-assessment",
        [AssessmentTexts.Ask("strengths")] = "teaching, writing clear reports",
        [AssessmentTexts.Ask("growth")] = "skip",
        [AssessmentTexts.Ask("interests")] = "data projects, mentoring juniors",
        [AssessmentTexts.Ask("values")] = "1, 7, 4",
        [AssessmentTexts.RankValues] = "1, 2, 3",
        [AssessmentTexts.Ask("environment")] = "skip",
        [AssessmentTexts.Ask("skills")] = "Python 4, SQL 3",
        [AssessmentTexts.Ask("transferable")] = "skip",
        [AssessmentTexts.Ask("role")] = "Data analyst at a retailer",
        [AssessmentTexts.Ask("vision5")] = "leading a data team",
        [AssessmentTexts.Ask("vision10")] = "skip",
        [AssessmentTexts.Ask("outside")] = "skip",
        [AssessmentTexts.Confirm] = "yes",
        [AssessmentTexts.Saved] = "set a new goal",
        [GoalTexts.AskGoal] = "get better at my job",
        [SmartTexts.AskSpecific] = "become a data team lead",
        [SmartTexts.AskMeasurable] = "lead 2 analytics projects",
        [GoalTexts.AskConfidence] = "7",
        [SmartTexts.AskAchievableTime] = "5",
        [SmartTexts.AskAchievableSmaller] = "lead 1 analytics project",
        [SmartTexts.AskRelevant] = "it moves me toward leading a data team",
        [SmartTexts.AskTimeBound] = "in 6 months",
        [GoalTexts.LongTerm] = "no",
        [GoalTexts.AskMilestone] = "lead 1 analytics project",
        [GoalTexts.Proposal] = Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept),
        [GoalTexts.PlanQuestion] = Title(GoalTexts.PlanAnswers, PlanAnswer.Accept),
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task NewcomerGoesFromHiToAConfirmedProfileASmartGoalAndADatedPlanShownByMyPlan(string channelId)
    {
        var user = playground.ToAPlan(channelId);
        var transcript = new StringBuilder();
        var reached = new List<string>();
        IReadOnlyList<BotReply>? planProposal = null;
        var asked = new Dictionary<string, int>();

        var say = "hi";
        for (var turn = 1; ; turn++)
        {
            Assert.True(turn <= MaxTurns, $"No plan after {MaxTurns} turns.\n{transcript}");
            var replies = await SayAsync(user, say, transcript);
            var text = TextOf(replies);

            foreach (var milestone in new[] { AssessmentTexts.Saved, GoalTexts.Saved, GoalTexts.PlanSaved })
                if (Says(text, Fragment(milestone))) reached.Add(milestone);
            if (Says(text, Fragment(GoalTexts.PlanQuestion))) planProposal = replies;
            if (Says(text, Fragment(GoalTexts.PlanSaved))) break;

            Assert.False(Says(text, NotUnderstood), $"The coach did not understand '{say}'.\n{transcript}");
            var question = LastQuestionAsked(text)
                ?? throw new Xunit.Sdk.XunitException($"No question the newcomer knows how to answer after '{say}'.\n{transcript}");
            asked[question] = asked.GetValueOrDefault(question) + 1;
            Assert.True(asked[question] <= MaxSameQuestion, $"The coach asked '{question}' {asked[question]} times.\n{transcript}");
            say = Answers[question];
        }

        // In order: the profile was confirmed, then the goal set, then the plan accepted.
        Assert.Equal([AssessmentTexts.Saved, GoalTexts.Saved, GoalTexts.PlanSaved], reached);
        Assert.NotNull(planProposal);
        var proposedSteps = StepsIn(TextOf(planProposal));
        Assert.True(proposedSteps.Count >= 2, $"The proposed plan has {proposedSteps.Count} dated steps.\n{transcript}");

        var myPlan = await SayAsync(user, "my plan", transcript);
        var cardReply = Assert.Single(myPlan, r => r.IsMessage && r.Activity.Attachments is { Count: > 0 });
        var attachment = Assert.Single(cardReply.Activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = Assert.IsType<JsonObject>(attachment.Content);
        output.WriteLine($"--- the \"my plan\" card on {channelId}:\n{card.ToJsonString(new() { WriteIndented = true })}");

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.True(Version.TryParse((string?)card["version"], out var version) && version <= new Version(1, 5),
            $"The card's version is '{card["version"]}'; Teams renders 1.5 at most.");
        var fallback = (string?)card["fallbackText"];
        Assert.False(string.IsNullOrWhiteSpace(fallback), "The card has no fallbackText.");

        // The card shows the same dated steps the user accepted, and its fallback says them too.
        var cardTexts = CardTexts(card);
        var shownSteps = StepsIn(string.Join("\n", cardTexts));
        Assert.Equal(proposedSteps, shownSteps);
        Assert.Equal(proposedSteps, StepsIn(fallback!));

        // Every date is a real date with weekday, day, month and year; none in the past, none after the deadline.
        // The bot runs on the real clock in its own process; a day of slack covers time zones.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var deadline = DeadlineIn(card);
        Assert.True(deadline > today, $"The deadline {deadline} is not in the future.");
        Assert.All(shownSteps, step =>
        {
            Assert.True(step.Due >= today.AddDays(-1), $"Step '{step.Title}' is due {step.Due}, in the past.");
            Assert.True(step.Due <= deadline, $"Step '{step.Title}' is due {step.Due}, after the deadline {deadline}.");
        });
    }

    private async Task<IReadOnlyList<BotReply>> SayAsync(PlaygroundClient user, string text, StringBuilder transcript)
    {
        var replies = await user.SayAsync(text);
        var said = string.Join("\n", replies.Where(r => r.IsMessage).Select(AsRead)).Replace("\n", "\n      ");
        var turn = $"user: {text}\nbot:  {said}\n";
        transcript.AppendLine(turn);
        output.WriteLine(turn);
        return replies;
    }

    /// <summary>
    /// A message for the transcript as a person reads it: its text, each Adaptive Card by its text fallback (the
    /// card itself is printed in full for "my plan"), other cards by their texts and buttons.
    /// </summary>
    private static string AsRead(BotReply reply)
    {
        var lines = new List<string>();
        if (!string.IsNullOrEmpty(reply.Activity.Text)) lines.Add(reply.Activity.Text);
        foreach (var attachment in reply.Activity.Attachments ?? [])
        {
            if (attachment.Content is JsonObject card && StringOf(card["fallbackText"]) is { } fallback) lines.Add(fallback);
            else if (attachment.Content is not null) lines.Add(new BotReply(new() { Attachments = [attachment] }, null).Text);
        }
        var buttons = reply.Activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList();
        if (buttons is { Count: > 0 }) lines.Add("[" + string.Join("] [", buttons) + "]");
        return string.Join("\n", lines);
    }

    private static string TextOf(IReadOnlyList<BotReply> replies) =>
        string.Join("\n", replies.Where(r => r.IsMessage).Select(r => r.Text));

    /// <summary>The known question whose sentence comes last in the turn: the one the coach is waiting on.</summary>
    private static string? LastQuestionAsked(string text)
    {
        var normalized = Normalize(text);
        return Answers.Keys
            .Select(key => (Key: key, At: normalized.LastIndexOf(Normalize(Fragment(key)), StringComparison.Ordinal)))
            .Where(found => found.At >= 0)
            .OrderByDescending(found => found.At)
            .Select(found => found.Key)
            .FirstOrDefault();
    }

    private sealed record Step(string Title, DateOnly Due);

    /// <summary>
    /// The plan's step lines, found by the step line of dialogs/ (its placeholders as patterns), each with its date
    /// read strictly: weekday, day, month and year, the weekday matching the date. A card's fallback repeats its
    /// lines, so each step counts once.
    /// </summary>
    private static List<Step> StepsIn(string text)
    {
        var pattern = StepLinePattern.Value;
        var steps = new List<Step>();
        foreach (var line in text.Split('\n'))
        {
            var match = pattern.Match(line);
            if (!match.Success) continue;
            var date = match.Groups["date"].Value.Trim();
            Assert.True(TryParseFullDate(date, out var due), $"The step line '{line}' has no full date (weekday, day, month, year): '{date}'.");
            var step = new Step(match.Groups["title"].Value.Trim(), due);
            if (!steps.Contains(step)) steps.Add(step);
        }
        return steps;
    }

    private static readonly Lazy<Regex> StepLinePattern = new(() =>
    {
        var template = Template(PlanTexts.StepLine);
        var pattern = new StringBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            pattern.Append(Regex.Escape(template[at..placeholder.Index]));
            pattern.Append(placeholder.Groups[1].Value switch
            {
                "number" => @"\d+",
                "title" => "(?<title>.+?)",
                "date" => @"(?<date>.+?\d{4})",
                _ => ".*?",
            });
            at = placeholder.Index + placeholder.Length;
        }
        pattern.Append(Regex.Escape(template[at..]));
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    });

    private static readonly string[] FullDateFormats =
        ["ddd, d MMMM yyyy", "dddd, d MMMM yyyy", "ddd, MMMM d, yyyy", "dddd, MMMM d, yyyy", "ddd d MMMM yyyy", "dddd d MMMM yyyy"];

    /// <summary>A date with weekday, day, month name and year; parsing checks the weekday is the date's.</summary>
    private static bool TryParseFullDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, FullDateFormats, CultureInfo.GetCultureInfo("en-US"), DateTimeStyles.None, out date);

    /// <summary>The goal's deadline: the fact of the card titled as dialogs/ names it.</summary>
    private static DateOnly DeadlineIn(JsonObject card)
    {
        var label = Template(MyPlanTexts.Deadline);
        var value = card.DescendantsAndSelf()
            .OfType<JsonObject>()
            .Where(o => StringOf(o["title"]) == label)
            .Select(o => StringOf(o["value"]))
            .FirstOrDefault();
        Assert.True(value is not null && TryParseFullDate(value, out _), $"The card shows no '{label}' with a full date: '{value}'.");
        TryParseFullDate(value!, out var deadline);
        return deadline;
    }

    /// <summary>The text of every TextBlock and fact of the card, in order.</summary>
    private static List<string> CardTexts(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().DescendantsAndSelf().OfType<JsonObject>()
            .SelectMany(o => new[] { StringOf(o["text"]), StringOf(o["value"]) })
            .OfType<string>()
            .ToList();

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

internal static class JsonWalk
{
    /// <summary>The node and every node under it, depth first.</summary>
    public static IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var descendant in child.DescendantsAndSelf()) yield return descendant;
    }

    public static IEnumerable<JsonNode> DescendantsAndSelf(this IEnumerable<JsonObject> nodes) =>
        nodes.SelectMany(n => n.DescendantsAndSelf());
}
