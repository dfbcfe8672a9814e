using Microsoft.Extensions.Logging;

namespace CoachBot.Llm;

/// <summary>What the suggester logs. Reasons and numbers only: never the goal, the answer or anything else the user wrote.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "LLM {Function} gave a usable suggestion in {ElapsedMs} ms")]
    public static partial void Accepted(ILogger logger, string function, long elapsedMs);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "LLM {Function} answer discarded ({Reason}) after {ElapsedMs} ms; the coach goes on with its rules")]
    public static partial void Rejected(ILogger logger, string function, string reason, long elapsedMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "LLM {Function} timed out after {TimeoutSeconds} s; the coach goes on with its rules")]
    public static partial void TimedOut(ILogger logger, string function, int timeoutSeconds);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "LLM {Function} failed with HTTP {StatusCode} after {ElapsedMs} ms; the coach goes on with its rules")]
    public static partial void HttpFailed(ILogger logger, string function, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "LLM {Function} failed ({ErrorType}) after {ElapsedMs} ms; the coach goes on with its rules")]
    public static partial void Failed(ILogger logger, string function, string errorType, long elapsedMs);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "LLM suggestions enabled: provider {Provider}, model {Model}, timeout {TimeoutSeconds} s")]
    public static partial void Enabled(ILogger logger, string provider, string model, int timeoutSeconds);
}
