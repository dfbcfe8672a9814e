using CoachBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace CoachBot.Deployment.Tests.Hosting;

/// <summary>
/// The default address applies only when no listening setting is present, so ASPNETCORE_HTTP_PORTS (the .NET container
/// images' 8080) is not overridden. The keys are the configuration names the ASPNETCORE_ variables and --urls become.
/// </summary>
public sealed class ListeningAddressTests
{
    [Fact]
    public void WithNoListeningSettingTheBotListensOnLocalhost3978()
    {
        var configuration = new ConfigurationManager();

        configuration.AddCoachBotDefaults();

        Assert.Equal("http://localhost:3978", configuration["urls"]);
    }

    public static TheoryData<string, string> ListeningSettings => new()
    {
        { "http_ports", "8080" },          // ASPNETCORE_HTTP_PORTS
        { "https_ports", "8443" },         // ASPNETCORE_HTTPS_PORTS
        { "urls", "http://+:5000" },       // ASPNETCORE_URLS or --urls
        { "Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5001" },
    };

    [Theory]
    [MemberData(nameof(ListeningSettings))]
    public void AnyListeningSettingKeepsTheDefaultAway(string key, string value)
    {
        var configuration = new ConfigurationManager();
        configuration[key] = value;

        configuration.AddCoachBotDefaults();

        Assert.Equal(key == "urls" ? value : null, configuration["urls"]);
    }
}
