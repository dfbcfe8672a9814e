using System.Buffers;
using System.Net.Mime;
using System.Text.Json;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;

namespace CoachBot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: refuses what is not JSON (415, 413), then what carries no valid token (401) before the body
/// is read, then what is not an activity (400) and what the token does not cover (401), all before anything reaches the
/// bot; then runs the turn and answers with its status and body.
/// </summary>
internal static partial class MessagesEndpoint
{
    /// <summary>The largest body accepted; Direct Line itself refuses activities over 262,144 bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void MapBotMessages(this WebApplication app, string pattern)
    {
        // Resolving the adapter now builds the bot and validates dialogs/: a missing sentence fails start-up, not a turn.
        app.Services.GetRequiredService<CloudAdapter>();
        app.MapPost(pattern, HandleAsync);
    }

    private static async Task HandleAsync(HttpContext http, CloudAdapter adapter, IBotAuthenticator authenticator,
        UserKeyHash userNames, ILoggerFactory loggers)
    {
        var request = http.Request;
        var cancellationToken = http.RequestAborted;

        if (!IsJson(request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                "Send the activity as application/json.");
            return;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
                $"The activity is larger than {MaxBodyBytes} bytes.");
            return;
        }

        // The token first, on its own: an unauthenticated caller learns nothing of how its body would be read.
        var authorization = request.Headers.Authorization.ToString();
        BotToken token;
        try
        {
            token = await authenticator.AuthenticateAsync(authorization, cancellationToken);
        }
        catch (BotAuthenticationException ex)
        {
            await RefuseAsync(http, loggers, ex);
            return;
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
                $"The activity is larger than {MaxBodyBytes} bytes.");
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BadSyntax",
                $"The body is not a valid activity: {ex.Message}");
            return;
        }
        if (ActivityValidation.FindProblem(activity) is { } problem)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BadArgument", problem);
            return;
        }

        BotClaims claims;
        try
        {
            claims = authenticator.Authorize(token, activity!);
        }
        catch (BotAuthenticationException ex)
        {
            // The activity is parsed by now: the line names its user, by keyed hash only (UserKeyHash).
            LogActivityRefused(loggers.CreateLogger("CoachBot.Auth"), ex.Message, userNames.Of(UserKeys.For(activity!)), http.TraceIdentifier);
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The request could not be authenticated.");
            return;
        }

        var response = await adapter.ProcessActivityAsync(activity!, claims, cancellationToken);
        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            // Relaxed escaping keeps apostrophes, accents and emoji readable on the wire; the body is JSON, never HTML.
            await using var writer = new Utf8JsonWriter(http.Response.Body,
                new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            response.Body.WriteTo(writer);
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim() is var media
        && (media.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(total, MaxBodyBytes + 1 - total), cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBodyBytes) return null;
            }
            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task RefuseAsync(HttpContext http, ILoggerFactory loggers, BotAuthenticationException ex)
    {
        LogAuthFailed(loggers.CreateLogger("CoachBot.Auth"), ex.Message, http.TraceIdentifier);
        await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The request could not be authenticated.");
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new ErrorResponse { Error = new Error { Code = code, Message = message } },
            BotJsonContext.Default.ErrorResponse);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request (trace {TraceId}): {Reason}")]
    private static partial void LogAuthFailed(ILogger logger, string reason, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from user {User} (trace {TraceId}): {Reason}")]
    private static partial void LogActivityRefused(ILogger logger, string reason, string user, string traceId);
}
