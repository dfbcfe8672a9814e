using Azure.Monitor.OpenTelemetry.AspNetCore;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachBot.Hosting;

/// <summary>
/// Traces, metrics and logs (README "Telemetry"), exported only where the operator pointed them: over OTLP when a
/// standard <c>OTEL_EXPORTER_OTLP_*</c> setting is there, to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// is. With neither, OpenTelemetry is not registered at all: no exporter, no listener, nothing collected.
/// </summary>
internal static class TelemetryServices
{
    public const string AzureMonitorConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    private const string OtlpPrefix = "OTEL_EXPORTER_OTLP_";

    public static IServiceCollection AddCoachBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporters = ExportersFrom(configuration);
        if (exporters == TelemetryExporters.None) return services;

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win; without them the service is "coachbot".
                if (string.IsNullOrEmpty(configuration["OTEL_SERVICE_NAME"])) resource.AddService("coachbot");
            })
            .WithTracing(tracing => tracing
                .AddSource(CoachBotTelemetry.Name)
                // Health probes (App Service pings every minute) would outnumber the turns.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(HealthPath))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(CoachBotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            // Log lines name users only by their hash: a key that a log template carries is replaced before export.
            .WithLogging(logging => logging.AddProcessor(sp => new UserKeyLogRedaction(sp.GetRequiredService<UserKeyHash>())));

        if (exporters.HasFlag(TelemetryExporters.Otlp)) telemetry.UseOtlpExporter();
        if (exporters.HasFlag(TelemetryExporters.AzureMonitor))
        {
            telemetry.UseAzureMonitor(azure =>
            {
                azure.ConnectionString = configuration[AzureMonitorConnectionStringKey];
                // Telemetry that could not be sent waits in the data folder (the container's volume), not in /tmp.
                azure.StorageDirectory = Path.GetFullPath(options.AzureMonitorStorageDirectory);
            });
        }
        return services;
    }

    internal const string HealthPath = "/healthz";

    /// <summary>Which exporters the configuration asks for.</summary>
    [Flags]
    internal enum TelemetryExporters
    {
        None = 0,
        Otlp = 1,
        AzureMonitor = 2,
    }

    internal static TelemetryExporters ExportersFrom(IConfiguration configuration)
    {
        var found = TelemetryExporters.None;
        if (configuration.AsEnumerable().Any(pair => pair.Key.StartsWith(OtlpPrefix, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(pair.Value)))
            found |= TelemetryExporters.Otlp;
        if (!string.IsNullOrWhiteSpace(configuration[AzureMonitorConnectionStringKey])) found |= TelemetryExporters.AzureMonitor;
        return found;
    }
}
