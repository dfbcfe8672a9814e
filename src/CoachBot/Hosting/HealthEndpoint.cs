using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;

namespace CoachBot.Hosting;

internal static partial class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 when the service and its storage answer, 503 otherwise.</summary>
    public static void MapHealth(this WebApplication app, string pattern) =>
        app.MapGet(pattern, async (IUserStore store, ILoggerFactory loggers, HttpContext http) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            string storage;
            var status = StatusCodes.Status200OK;
            try
            {
                await store.CheckHealthAsync(timeout.Token);
                storage = "reachable";
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
            {
                LogStorageUnreachable(loggers.CreateLogger("CoachBot.Health"), ex, http.TraceIdentifier);
                storage = "unreachable";
                status = StatusCodes.Status503ServiceUnavailable;
            }
            var body = new JsonObject
            {
                ["status"] = status == 200 ? "healthy" : "unhealthy",
                ["service"] = "up",
                ["storage"] = storage,
                ["storageProvider"] = store.GetType().Name,
            };
            return Results.Json(body, statusCode: status);
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check: storage is unreachable (trace {TraceId})")]
    private static partial void LogStorageUnreachable(ILogger logger, Exception ex, string traceId);
}
