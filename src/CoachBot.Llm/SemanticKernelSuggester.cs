using System.Diagnostics;
using System.Text.Json;
using CoachBot.Coaching.Suggestions;
using CoachBot.Llm.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace CoachBot.Llm;

/// <summary>
/// Asks the configured LLM through the prompt folders in prompts/, and hands back only answers that pass
/// <see cref="SuggestionValidator"/>. One call per question, no retries: the turn has 15 seconds in all, so a call
/// gets <see cref="LlmOptions.TimeoutSeconds"/> and then the coach goes on with its rules.
/// </summary>
public sealed class SemanticKernelSuggester : ISuggester
{
    public const string SuggestStepsFunction = "SuggestSteps";
    public const string RewriteGoalFunction = "RewriteGoal";
    public const string WaysThroughFunction = "WaysThrough";
    public const string AnswerFunction = "AnswerCoaching";

    private readonly Kernel _kernel;
    private readonly KernelPlugin _prompts;
    private readonly LlmOptions _options;
    private readonly ILogger _logger;

    public SemanticKernelSuggester(Kernel kernel, KernelPlugin prompts, LlmOptions options, ILogger<SemanticKernelSuggester> logger)
    {
        _kernel = kernel;
        _prompts = prompts;
        _options = options;
        _logger = logger;
        foreach (var name in new[] { SuggestStepsFunction, RewriteGoalFunction, WaysThroughFunction, AnswerFunction })
            if (!_prompts.Contains(name))
                throw new InvalidOperationException($"The prompt folder '{name}' is missing from {options.ResolvedPromptsPath}.");
    }

    public bool IsEnabled => true;

    public async Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(GoalBrief goal, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await AskAsync(SuggestStepsFunction, PromptArguments.ForGoal(goal), started, cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Keep(SuggestStepsFunction, SuggestionValidator.Steps(answer, goal), started);
    }

    public async Task<SmartRewrite?> RewriteGoalAsync(string goalText, GoalBrief context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await AskAsync(RewriteGoalFunction, PromptArguments.ForRewrite(goalText, context), started, cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Keep(RewriteGoalFunction, SuggestionValidator.Rewrite(answer, context.Today), started);
    }

    public async Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(GoalBrief goal, string blockedStep, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await AskAsync(WaysThroughFunction, PromptArguments.ForWaysThrough(goal, blockedStep), started, cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Keep(WaysThroughFunction, SuggestionValidator.WaysThrough(answer), started);
    }

    public async Task<string?> AnswerAsync(AnswerBrief brief, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await AskAsync(AnswerFunction, PromptArguments.ForAnswer(brief), started, cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Keep(AnswerFunction, SuggestionValidator.Answer(answer), started);
    }

    private T? Keep<T>(string function, Validated<T> validated, long started) where T : class
    {
        if (validated.IsValid)
            LlmLog.Accepted(_logger, function, ElapsedMs(started));
        else
            LlmLog.Rejected(_logger, function, validated.Reason!, ElapsedMs(started));
        return validated.Value;
    }

    /// <summary>The answer's text, or null (logged) on timeout, HTTP error, refusal, truncation or any other failure.</summary>
    private async Task<string?> AskAsync(string function, KernelArguments arguments, long started, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var prompt = _prompts[function];
            arguments.ExecutionSettings = new Dictionary<string, PromptExecutionSettings>
            {
                [PromptExecutionSettings.DefaultServiceId] = WithTokenCeiling(prompt),
            };
            var result = await prompt.InvokeAsync(_kernel, arguments, budget.Token).ConfigureAwait(false);
            var message = result.GetValue<ChatMessageContent>();
            if (Unusable(message) is { } reason)
            {
                LlmLog.Rejected(_logger, function, reason, ElapsedMs(started));
                return null;
            }
            return message!.Content;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the turn itself was cancelled: not ours to swallow
        }
        catch (OperationCanceledException)
        {
            LlmLog.TimedOut(_logger, function, _options.TimeoutSeconds);
        }
        catch (HttpOperationException e) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e.StatusCode is null)
        {
            LlmLog.TimedOut(_logger, function, _options.TimeoutSeconds);
        }
        catch (HttpOperationException e) when (e.StatusCode is { } status)
        {
            LlmLog.HttpFailed(_logger, function, (int)status, ElapsedMs(started));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Anything else (an unreachable server, a response that is not a chat completion): the type only, since
            // exception messages may quote the request or the answer.
            LlmLog.Failed(_logger, function, e.GetBaseException().GetType().Name, ElapsedMs(started));
        }
        return null;
    }

    /// <summary>Null when the message can be validated; otherwise why it cannot.</summary>
    private static string? Unusable(ChatMessageContent? message)
    {
        if (message is null) return "no-answer";
        var metadata = message.Metadata;
        if (metadata is not null)
        {
            if (metadata.TryGetValue("Refusal", out var refusal) && refusal is string { Length: > 0 }) return "refusal";
            if (metadata.TryGetValue("FinishReason", out var finish) && finish is string finishReason)
            {
                if (finishReason.Equals("Length", StringComparison.OrdinalIgnoreCase)) return "truncated";
                if (finishReason.Equals("ContentFilter", StringComparison.OrdinalIgnoreCase)) return "content-filter";
            }
        }
        return string.IsNullOrWhiteSpace(message.Content) ? "empty-answer" : null;
    }

    /// <summary>The prompt's own settings from its config.json, with max_tokens capped at <see cref="LlmOptions.MaxTokens"/>.</summary>
    private PromptExecutionSettings WithTokenCeiling(KernelFunction prompt)
    {
        var own = prompt.ExecutionSettings is { } all && all.TryGetValue(PromptExecutionSettings.DefaultServiceId, out var d) ? d : null;
        var settings = own?.Clone() ?? new PromptExecutionSettings();
        var extension = settings.ExtensionData is null
            ? new Dictionary<string, object>()
            : new Dictionary<string, object>(settings.ExtensionData);
        var ownMax = extension.TryGetValue("max_tokens", out var value) ? AsInt(value) : null;
        extension["max_tokens"] = ownMax is { } m ? Math.Min(m, _options.MaxTokens) : _options.MaxTokens;
        settings.ExtensionData = extension;
        return settings;
    }

    private static int? AsInt(object? value) => value switch
    {
        int i => i,
        long l => (int)Math.Min(l, int.MaxValue),
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var i) => i,
        _ => null,
    };

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
