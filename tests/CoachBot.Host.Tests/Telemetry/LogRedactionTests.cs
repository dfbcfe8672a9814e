using CoachBot.BotFramework.Builder;
using CoachBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// An exported log record names a user by the keyed hash only: a <c>UserKey</c> value in a log template is replaced in
/// the record's attributes and in its formatted message (which Azure Monitor sends) before the exporter sees it.
/// </summary>
public sealed class LogRedactionTests
{
    private const string UserKey = "msteams|tenant-1|29:raw-user-4410";

    [Fact]
    public void TheUserKeyOfALogLineIsExportedAsItsHashInAttributesAndMessage()
    {
        var hash = new UserKeyHash("a-secret-of-at-least-thirty-two-characters!");
        var exported = new List<LogRecord>();
        using (var provider = new ServiceCollection()
            .AddLogging(logging => logging.AddOpenTelemetry(otel =>
            {
                otel.IncludeFormattedMessage = true;
                otel.AddProcessor(new UserKeyLogRedaction(hash));
                otel.AddInMemoryExporter(exported);
            }))
            .BuildServiceProvider())
        {
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("CoachBot.Test");
            logger.LogInformation("Check-in {Kind} sent to {UserKey}", "CheckIn", UserKey);
        }

        var record = Assert.Single(exported);
        var attributes = record.Attributes!.ToDictionary(a => a.Key, a => a.Value?.ToString());
        Assert.Equal(hash.Of(UserKey), attributes["UserKey"]);
        Assert.Equal("CheckIn", attributes["Kind"]);
        Assert.Equal($"Check-in CheckIn sent to {hash.Of(UserKey)}", record.FormattedMessage);
        Assert.DoesNotContain(attributes.Values, v => v?.Contains("raw-user", StringComparison.Ordinal) == true);
    }
}
