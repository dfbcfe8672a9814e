using System.Diagnostics;
using System.Text.Json;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace CoachBot.Llm;

/// <summary>
/// The pipeline's last step with an LLM configured (<see cref="IMeaningResolver"/>): asks prompts/ResolveMeaning which
/// of the offered keys a message means. The understanding pipeline calls it at most once per turn; here the call gets
/// <see cref="LlmOptions.TimeoutSeconds"/> at most, and only a JSON answer naming one of the offered keys counts. Any
/// failure (timeout, HTTP error, other JSON, a key not offered) is null, so the rules' reading stands.
/// </summary>
public sealed class LlmMeaningResolver : IMeaningResolver
{
    public const string Function = "ResolveMeaning";

    /// <summary>What the message may be at most to be sent (a longer one is no answer to pick an option with).</summary>
    private const int MaxMessageLength = 500;

    private readonly Kernel? _kernel;
    private readonly KernelFunction? _prompt;
    private readonly LlmOptions _options;
    private readonly ILogger _logger;

    /// <summary>A resolver that is not configured (no LLM): the pipeline never calls it.</summary>
    public LlmMeaningResolver(LlmOptions options, ILogger<LlmMeaningResolver> logger)
    {
        _options = options;
        _logger = logger;
    }

    public LlmMeaningResolver(Kernel kernel, KernelPlugin prompts, LlmOptions options, ILogger<LlmMeaningResolver> logger) : this(options, logger)
    {
        _kernel = kernel;
        _prompt = prompts.Contains(Function) ? prompts[Function]
            : throw new InvalidOperationException($"The prompt folder '{Function}' is missing from {options.ResolvedPromptsPath}.");
    }

    public bool IsConfigured => _kernel is not null;

    public async ValueTask<string?> ResolveAsync(string text, IReadOnlyList<Choice> candidates, CancellationToken cancellationToken)
    {
        if (_kernel is null || _prompt is null || candidates.Count == 0 || string.IsNullOrWhiteSpace(text) || text.Length > MaxMessageLength) return null;
        var started = Stopwatch.GetTimestamp();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var arguments = new KernelArguments
            {
                ["message"] = OneLine(text),
                ["options"] = string.Join('\n', candidates.Select(c => $"{c.Key}: {OneLine(c.Title)}")),
            };
            var result = await _prompt.InvokeAsync(_kernel, arguments, budget.Token).ConfigureAwait(false);
            var key = KeyOf(result.GetValue<ChatMessageContent>()?.Content, candidates);
            if (key is null) LlmLog.Rejected(_logger, Function, "not-an-offered-key", ElapsedMs(started));
            else LlmLog.Accepted(_logger, Function, ElapsedMs(started));
            return key;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the turn itself was cancelled
        }
        catch (OperationCanceledException)
        {
            LlmLog.TimedOut(_logger, Function, _options.TimeoutSeconds);
        }
        catch (HttpOperationException e) when (e.StatusCode is { } status)
        {
            LlmLog.HttpFailed(_logger, Function, (int)status, ElapsedMs(started));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The type only: exception messages may quote the request or the answer.
            LlmLog.Failed(_logger, Function, e.GetBaseException().GetType().Name, ElapsedMs(started));
        }
        return null;
    }

    /// <summary>The key of <c>{"key":"..."}</c> when it is one of the candidates' keys; null for anything else.</summary>
    public static string? KeyOf(string? answer, IReadOnlyList<Choice> candidates)
    {
        if (string.IsNullOrWhiteSpace(answer)) return null;
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String)
                return null;
            var value = key.GetString();
            return candidates.FirstOrDefault(c => string.Equals(c.Key, value, StringComparison.Ordinal))?.Key;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
