using System.Text.RegularExpressions;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// The self-assessment: one question per part, in order, then a profile summary the user confirms. Started with
/// <see cref="AssessmentOptions.Only"/> it asks that one part and shows the summary again (edit one part alone).
/// Answers are saved part by part, so nothing is lost when the user stops halfway.
/// </summary>
public sealed partial class SelfAssessmentDialog : ComponentDialog
{
    public const string DialogId = "assessment";
    private const string RunId = "assessment.run";
    private const string SummaryId = "assessment.summary";
    private const string TextPromptId = "assessment.text";
    private const string RankPromptId = "assessment.rank";
    private const string ConfirmPromptId = "assessment.confirm";
    private const string PartPromptId = "assessment.part";

    private readonly Coach _coach;

    public SelfAssessmentDialog(Coach coach) : base(DialogId)
    {
        _coach = coach;
        AddDialog(new WaterfallDialog(RunId, [AskPartAsync, StorePartAsync, StoreRankingAsync]));
        AddDialog(new WaterfallDialog(SummaryId, [ConfirmSummaryAsync, AfterConfirmAsync, EditChosenPartAsync]));
        AddDialog(new TextPrompt(TextPromptId, NeedsWordsAsync));
        AddDialog(new MultiChoicePrompt(RankPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(PartPromptId));
        InitialDialogId = RunId;
    }

    /// <summary>Where the run is: the part index, and the one part being redone when editing.</summary>
    public sealed record AssessmentOptions(int Index = 0, string? Only = null);

    private async Task<DialogTurnResult> AskPartAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetOptions<AssessmentOptions>() ?? new AssessmentOptions();
        if (options.Index >= AssessmentParts.All.Count) return await step.ReplaceDialogAsync(SummaryId, null, ct);
        var part = AssessmentParts.All[options.Index];
        var context = step.Context;
        if (options.Index == 0 && options.Only is null) _coach.Say(context, AssessmentTexts.Intro);

        var question = _coach.Text(context, AssessmentTexts.Ask(part));
        if (ChoicesFor(context, part) is { } choices) question += "\n\n" + ChoiceFactory.NumberedList(choices);
        if (AssessmentParts.Current(Coach.State(context).Profile, part) is { } current)
            question += "\n\n" + _coach.Text(context, AssessmentTexts.Current, ("current", current));
        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = question, MaxLength = UserText.MaxAnswerLength }, ct);
    }

    private async Task<DialogTurnResult> StorePartAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetOptions<AssessmentOptions>() ?? new AssessmentOptions();
        var part = AssessmentParts.All[options.Index];
        if (step.Result is PromptSignal { Kind: PromptSignalKind.Back } && options.Only is null)
            return await step.ReplaceDialogAsync(RunId, options with { Index = Math.Max(0, options.Index - 1) }, ct);
        // Skipped, "not sure" or given up: the part keeps what it had, and the run moves on.
        if (step.Result is string answer)
        {
            var profile = Coach.State(step.Context).Profile;
            Store(step.Context, profile, part, answer);
            if (part == AssessmentParts.Values && profile.Values.Count > 3)
            {
                var chosen = profile.Values.Select(v => new Choice(v)).ToList();
                return await step.PromptAsync(RankPromptId, new PromptOptions
                {
                    Prompt = _coach.Text(step.Context, AssessmentTexts.RankValues, ("count", profile.Values.Count)),
                    Choices = chosen,
                    AllowBack = false,
                }, ct);
            }
        }
        return await step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> StoreRankingAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetOptions<AssessmentOptions>() ?? new AssessmentOptions();
        var profile = Coach.State(step.Context).Profile;
        if (step.Result is IReadOnlyList<FoundChoice> ranked)
        {
            var top = ranked.Select(r => r.Value).ToList();
            profile.Values = top.Concat(profile.Values.Except(top)).Take(3).ToList();
        }
        else if (profile.Values.Count > 3)
        {
            profile.Values = profile.Values.Take(3).ToList();
        }
        var next = options.Only is null ? options.Index + 1 : AssessmentParts.All.Count;
        return step.ReplaceDialogAsync(RunId, options with { Index = next }, ct);
    }

    private async Task<DialogTurnResult> ConfirmSummaryAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        context.SendActivity(MessageRenderer.Render(ProfileView.Build(_coach, context, Coach.State(context).Profile), context.Activity.ChannelId));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _coach.Text(context, AssessmentTexts.Confirm), AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AfterConfirmAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is false)
        {
            var parts = AssessmentParts.All.Select(p => new Choice(_coach.Text(context, AssessmentTexts.PartTitle(p)), [p])).ToList();
            return await step.PromptAsync(PartPromptId, new PromptOptions { Prompt = _coach.Text(context, AssessmentTexts.WhichPart), Choices = parts }, ct);
        }
        // Yes, or no clear answer after a few tries: the profile is kept as it is.
        Coach.State(context).Profile.Confirmed = true;
        _coach.Say(context, AssessmentTexts.Saved);
        return await step.EndDialogAsync(true, ct);
    }

    private Task<DialogTurnResult> EditChosenPartAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result is FoundChoice chosen
            ? step.ReplaceDialogAsync(RunId, new AssessmentOptions(chosen.Index, AssessmentParts.All[chosen.Index]), ct)
            : step.ReplaceDialogAsync(SummaryId, null, ct);

    private Task<bool> NeedsWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (UserText.HasWords(prompt.Recognized.Value)) return Task.FromResult(true);
        prompt.RetryText = _coach.Text(prompt.Context, AssessmentTexts.NeedWords);
        return Task.FromResult(false);
    }

    private IReadOnlyList<Choice>? ChoicesFor(ITurnContext context, string part) => part switch
    {
        AssessmentParts.Values => _coach.List(context, AssessmentTexts.ValueChoices).Select(v => new Choice(v)).ToList(),
        AssessmentParts.Transferable => _coach.List(context, AssessmentTexts.TransferableChoices).Select(v => new Choice(v)).ToList(),
        _ => null,
    };

    private void Store(ITurnContext context, Profile profile, string part, string answer)
    {
        var text = UserText.Clean(answer);
        switch (part)
        {
            case AssessmentParts.Strengths: profile.Strengths = ListParser.Split(text); break;
            case AssessmentParts.Growth: profile.GrowthAreas = ListParser.Split(text); break;
            case AssessmentParts.Interests: profile.Interests = ListParser.Split(text); break;
            case AssessmentParts.Values: profile.Values = PickOrOwn(context, text, ChoicesFor(context, part)!); break;
            case AssessmentParts.Transferable: profile.TransferableSkills = PickOrOwn(context, text, ChoicesFor(context, part)!); break;
            case AssessmentParts.Environment: profile.WorkEnvironment = text; break;
            case AssessmentParts.Role: profile.CurrentRole = text; break;
            case AssessmentParts.Vision5: profile.Vision5Years = text; break;
            case AssessmentParts.Vision10: profile.Vision10Years = text; break;
            case AssessmentParts.Skills:
                var unrated = new List<string>();
                profile.Skills = ListParser.Split(text).Select(item => ReadSkill(item, unrated)).DistinctBy(s => s.Name.ToLowerInvariant()).ToList();
                if (unrated.Count > 0) _coach.Say(context, AssessmentTexts.UnratedSkills, ("skills", string.Join(", ", unrated)));
                break;
        }
    }

    /// <summary>Each item is one of the offered choices (by number, name or a close typo) or the user's own words.</summary>
    private static List<string> PickOrOwn(ITurnContext context, string text, IReadOnlyList<Choice> choices)
    {
        var picked = new List<string>();
        foreach (var item in ListParser.Split(text))
        {
            var found = ChoiceRecognizer.Recognize(item, choices, context.Activity.Locale);
            picked.Add(found is { Score: >= 0.8 } ? found.Value : item);
        }
        return picked.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static SkillRating ReadSkill(string item, List<string> unrated)
    {
        var match = RatedSkill().Match(item);
        if (match.Success && match.Groups["name"].Value.Trim().Length > 0)
            return new SkillRating(match.Groups["name"].Value.Trim(), int.Parse(match.Groups["rating"].Value));
        unrated.Add(item);
        return new SkillRating(item, 3);
    }

    [GeneratedRegex(@"^(?<name>.*?)[\s:=\-–(]*(?<rating>[1-5])(?:\s*(?:/|out of|of)\s*5)?\)?$")]
    private static partial Regex RatedSkill();
}
