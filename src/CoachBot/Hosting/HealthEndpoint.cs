using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;

namespace CoachBot.Hosting;

internal static partial class HealthEndpoint
{
    /// <summary>
    /// <c>{pattern}/live</c>: 200 while the process answers (no dependency asked). <c>{pattern}/ready</c>, and
    /// <c>{pattern}</c> itself for existing probes: 200 when storage can be read and written (<see cref="StorageHealth"/>),
    /// 503 otherwise.
    /// </summary>
    public static void MapHealth(this WebApplication app, string pattern)
    {
        app.MapGet(pattern + "/live", () => Results.Json(new JsonObject { ["status"] = "healthy", ["service"] = "up" }));
        app.MapGet(pattern + "/ready", ReadyAsync);
        app.MapGet(pattern, ReadyAsync);
    }

    private static async Task<IResult> ReadyAsync(StorageHealth health, IUserStore store, ILoggerFactory loggers, HttpContext http)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        StorageHealthReport report;
        try
        {
            report = await health.CheckAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            report = new StorageHealthReport(StorageState.Unreachable, ex);
        }
        if (!report.IsHealthy) LogStorageUnhealthy(loggers.CreateLogger("CoachBot.Health"), report.Error, report.State, http.TraceIdentifier);
        var body = new JsonObject
        {
            ["status"] = report.IsHealthy ? "healthy" : "unhealthy",
            ["service"] = "up",
            ["storage"] = report.State switch
            {
                StorageState.ReadWrite => "readWrite",
                StorageState.ReadOnly => "readOnly",
                _ => "unreachable",
            },
            ["storageProvider"] = store.GetType().Name,
        };
        return Results.Json(body, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check: storage is {State} (trace {TraceId})")]
    private static partial void LogStorageUnhealthy(ILogger logger, Exception? ex, StorageState state, string traceId);
}
