using System.Text.RegularExpressions;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Where the self-assessment is: the part asked, and whether only that part is being redone.</summary>
public sealed class AssessmentProgress
{
    /// <summary>The part being asked (one of <see cref="AssessmentParts.All"/>); null before the first.</summary>
    public string? Part { get; set; }

    /// <summary>True when one part alone is redone ("edit values"), then the summary follows.</summary>
    public bool OnlyThisPart { get; set; }
}

/// <summary>
/// The self-assessment: one question per part, in order, then a profile summary the user confirms. Started with
/// <see cref="AssessmentProgress.OnlyThisPart"/> it asks that one part and shows the summary again (edit one part alone).
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

    private readonly CoachTexts _texts;

    public SelfAssessmentDialog(CoachTexts texts) : base(DialogId)
    {
        _texts = texts;
        AddDialog(new WaterfallDialog<AssessmentProgress>(RunId, DialogStateJsonContext.Default.AssessmentProgress,
            [AskPartAsync, SavePartAskRankingAsync, SaveRankingAskNextPartAsync]));
        AddDialog(new WaterfallDialog<AssessmentProgress>(SummaryId, DialogStateJsonContext.Default.AssessmentProgress,
            [ShowSummaryAskConfirmAsync, SaveProfileOrAskWhichPartAsync, RedoChosenPartAsync]));
        AddDialog(new TextPrompt(TextPromptId, NeedsWordsAsync));
        AddDialog(new MultiChoicePrompt(RankPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(PartPromptId));
        InitialDialogId = RunId;
    }

    /// <summary>Starts the assessment at one part only ("edit values").</summary>
    public static AssessmentProgress OnlyPart(string part) => new() { Part = part, OnlyThisPart = true };

    private async Task<DialogTurnResult> AskPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var context = step.Context;
        if (progress.Part is null) _texts.Say(context, AssessmentTexts.Intro);
        var part = progress.Part ??= AssessmentParts.All[0];

        var question = _texts.Text(context, AssessmentTexts.Ask(part));
        if (ChoicesFor(part) is { } set) question += "\n\n" + ChoiceFactory.NumberedList(_texts.Choices(context, set));
        if (ProfileView.Part(_texts, context, CoachTurn.State(context).Profile, part) is { } current)
            question += "\n\n" + _texts.Text(context, AssessmentTexts.Current, ("current", current));
        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = question, MaxLength = UserText.MaxAnswerLength }, ct);
    }

    private async Task<DialogTurnResult> SavePartAskRankingAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var part = progress.Part!;
        if (step.Result is PromptSignal { Kind: PromptSignalKind.Back } && !progress.OnlyThisPart)
        {
            progress.Part = AssessmentParts.Before(part) ?? part;
            return await step.ReplaceDialogAsync(RunId, progress, ct);
        }
        // Skipped, "not sure" or given up: the part keeps what it had, and the run moves on.
        if (step.Result is string answer)
        {
            var context = step.Context;
            var profile = CoachTurn.State(context).Profile;
            Store(context, profile, part, answer);
            if (part == AssessmentParts.Values && profile.Values.Count > 3)
            {
                // The user's own words have no key: within this list, their text is their key.
                var chosen = profile.Values.Select(v => new Choice(RankKey(v), ProfileView.Show(_texts, context, AssessmentTexts.Values, v))).ToList();
                return await step.PromptAsync(RankPromptId, new PromptOptions
                {
                    Prompt = _texts.Text(context, AssessmentTexts.RankValues, ("count", profile.Values.Count)),
                    Choices = chosen,
                    AllowBack = false,
                }, ct);
            }
        }
        return await step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> SaveRankingAskNextPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var progress = step.State;
        var profile = CoachTurn.State(step.Context).Profile;
        if (step.Result is IReadOnlyList<FoundChoice> ranked)
        {
            var top = ranked.Select(r => profile.Values.First(v => RankKey(v) == r.Key)).ToList();
            profile.Values = top.Concat(profile.Values.Except(top)).Take(3).ToList();
        }
        else if (profile.Values.Count > 3)
        {
            profile.Values = profile.Values.Take(3).ToList();
        }
        var next = progress.OnlyThisPart ? null : AssessmentParts.After(progress.Part!);
        if (next is null) return step.ReplaceDialogAsync(SummaryId, null, ct);
        progress.Part = next;
        return step.ReplaceDialogAsync(RunId, progress, ct);
    }

    private async Task<DialogTurnResult> ShowSummaryAskConfirmAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var context = step.Context;
        context.SendActivity(MessageRenderer.Render(ProfileView.Build(_texts, context, CoachTurn.State(context).Profile), context.Activity.ChannelId));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _texts.Text(context, AssessmentTexts.Confirm), AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveProfileOrAskWhichPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is false)
        {
            var parts = AssessmentParts.All.Select(p => new Choice(p, _texts.Text(context, AssessmentTexts.PartTitle(p)), [p])).ToList();
            return await step.PromptAsync(PartPromptId, new PromptOptions { Prompt = _texts.Text(context, AssessmentTexts.WhichPart), Choices = parts }, ct);
        }
        // Yes, or no clear answer after a few tries: the profile is kept as it is.
        CoachTurn.State(context).Profile.Confirmed = true;
        _texts.Say(context, AssessmentTexts.Saved);
        return await step.EndDialogAsync(true, ct);
    }

    private Task<DialogTurnResult> RedoChosenPartAsync(WaterfallStepContext<AssessmentProgress> step, CancellationToken ct) =>
        step.Result is FoundChoice chosen
            ? step.ReplaceDialogAsync(RunId, OnlyPart(chosen.Key), ct)
            : step.ReplaceDialogAsync(SummaryId, null, ct);

    private Task<bool> NeedsWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (UserText.HasWords(prompt.Recognized.Value)) return Task.FromResult(true);
        prompt.RetryText = _texts.Text(prompt.Context, AssessmentTexts.NeedWords);
        return Task.FromResult(false);
    }

    private static string RankKey(ProfileChoice item) => item.Key ?? item.Text;

    private static ChoiceSet? ChoicesFor(string part) => part switch
    {
        AssessmentParts.Values => AssessmentTexts.Values,
        AssessmentParts.Transferable => AssessmentTexts.Transferable,
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
            case AssessmentParts.Values: profile.Values = PickOrOwn(context, text, AssessmentTexts.Values); break;
            case AssessmentParts.Transferable: profile.TransferableSkills = PickOrOwn(context, text, AssessmentTexts.Transferable); break;
            case AssessmentParts.Environment: profile.WorkEnvironment = text; break;
            case AssessmentParts.Role: profile.CurrentRole = text; break;
            case AssessmentParts.Vision5: profile.Vision5Years = text; break;
            case AssessmentParts.Vision10: profile.Vision10Years = text; break;
            case AssessmentParts.Skills:
                var unrated = new List<string>();
                profile.Skills = ListParser.Split(text).Select(item => ReadSkill(item, unrated)).DistinctBy(s => PhraseKey.Of(s.Name)).ToList();
                if (unrated.Count > 0) _texts.Say(context, AssessmentTexts.UnratedSkills, ("skills", string.Join(", ", unrated)));
                break;
        }
    }

    /// <summary>Each item is one of the offered choices (by number, name or a close typo), kept by its key, or the user's own words.</summary>
    private List<ProfileChoice> PickOrOwn(ITurnContext context, string text, ChoiceSet set)
    {
        var choices = _texts.Choices(context, set);
        var picked = new List<ProfileChoice>();
        foreach (var item in ListParser.Split(text))
        {
            var found = ChoiceRecognizer.Recognize(item, choices, context.Activity.Locale);
            picked.Add(found is { Score: >= 0.8 } ? new ProfileChoice(found.Key, found.Title) : ProfileChoice.Own(item));
        }
        return picked.DistinctBy(p => p.Key ?? PhraseKey.Of(p.Text)).ToList();
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
