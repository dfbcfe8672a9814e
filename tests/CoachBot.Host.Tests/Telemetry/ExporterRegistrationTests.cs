using Azure.Monitor.OpenTelemetry.AspNetCore;
using CoachBot.Hosting;
using CoachBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// Telemetry goes only where the operator pointed it (README "Telemetry"): the composition root registers an exporter
/// for OTLP only with an <c>OTEL_EXPORTER_OTLP_*</c> setting, for Azure Monitor only with its connection string, and
/// with neither no OpenTelemetry at all.
/// </summary>
public sealed class ExporterRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void WithNeitherSettingNoExporterAndNoTelemetryProviderIsRegistered()
    {
        var services = Compose([]);

        Assert.Empty(ExporterServices(services));
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")]
    [InlineData("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:4318/v1/traces")]
    public void AnOtlpSettingRegistersTheOtlpExporterOnly(string key, string value)
    {
        var services = Compose(new() { [key] = value });

        var assemblies = ExporterServices(services).Select(d => AssemblyOf(d)).Distinct().ToList();
        Assert.Contains("OpenTelemetry.Exporter.OpenTelemetryProtocol", assemblies);
        Assert.DoesNotContain(assemblies, a => a.StartsWith("Azure.Monitor", StringComparison.Ordinal));
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void TheApplicationInsightsConnectionStringRegistersAzureMonitorWithItsRetryFilesInTheDataFolder()
    {
        var retries = Path.Combine(_folder.Path, "data", "telemetry");
        var services = Compose(new()
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
            ["Telemetry:AzureMonitorStorageDirectory"] = retries,
        });

        var assemblies = ExporterServices(services).Select(d => AssemblyOf(d)).Distinct().ToList();
        Assert.Contains(assemblies, a => a.StartsWith("Azure.Monitor", StringComparison.Ordinal));
        Assert.DoesNotContain("OpenTelemetry.Exporter.OpenTelemetryProtocol", assemblies);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<AzureMonitorOptions>>().Get(Options.DefaultName);
        Assert.Equal(retries, options.StorageDirectory);
        Assert.False(options.DisableOfflineStorage);
    }

    [Fact]
    public void BothExportersStartSideBySideAndALogLineGoesThroughThem()
    {
        var services = Compose(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
            ["Telemetry:AzureMonitorStorageDirectory"] = Path.Combine(_folder.Path, "data", "telemetry"),
        });

        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
        var logger = provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger("CoachBot.Test");
        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Check-in sent to {UserKey}", "msteams|tenant|29:someone");
    }

    [Fact]
    public void TheDefaultRetryFolderIsTheDataFolderBesideTheSqliteFile() =>
        Assert.Equal("data/telemetry", new TelemetryOptions().AzureMonitorStorageDirectory);

    [Fact]
    public void TheSampleDocumentsEveryTelemetrySettingWithItsDefault()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.sample.json")).Build()
            .GetSection(TelemetryOptions.SectionName);
        var defaults = new TelemetryOptions();

        foreach (var property in typeof(TelemetryOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.Equal(property.GetValue(defaults)?.ToString(), sample[property.Name]);
            Assert.False(string.IsNullOrWhiteSpace(sample["// " + property.Name]), $"{property.Name} has no description");
        }
    }

    private static ServiceCollection Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Understanding:Matcher"] = "Off",
        }.Concat(settings)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCoachBot(configuration);
        return services;
    }

    /// <summary>Services that come from an exporter's assembly (the OTLP exporter, Azure Monitor's distro and exporter).</summary>
    private static IEnumerable<ServiceDescriptor> ExporterServices(IServiceCollection services) =>
        services.Where(d => AssemblyOf(d) is var name
            && (name.StartsWith("OpenTelemetry.Exporter", StringComparison.Ordinal) || name.StartsWith("Azure.Monitor", StringComparison.Ordinal)));

    private static string AssemblyOf(ServiceDescriptor descriptor)
    {
        var type = descriptor.IsKeyedService
            ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
            : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType() ?? descriptor.ImplementationFactory?.Method.DeclaringType;
        var candidates = new[] { descriptor.ServiceType, type }.Concat(descriptor.ServiceType.GenericTypeArguments);
        return candidates.Where(t => t is not null).Select(t => t!.Assembly.GetName().Name ?? "")
            .FirstOrDefault(n => n.StartsWith("OpenTelemetry.Exporter", StringComparison.Ordinal) || n.StartsWith("Azure.Monitor", StringComparison.Ordinal))
            ?? "";
    }

    public void Dispose() => _folder.Dispose();
}
