using CoachBot.BotFramework.Authentication;

namespace CoachBot.BotFramework.Tests.Authentication;

public sealed class BotAuthOptionsTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/keys", true)]
    [InlineData("http://localhost:5000/keys", true)]
    [InlineData("http://[::1]:5000/keys", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.5/keys", false)]
    [InlineData("ftp://127.0.0.1/keys", false)]
    [InlineData("/relative/keys", false)]
    [InlineData("", false)]
    public void MetadataComesOverHttpsOrFromThisMachine(string url, bool allowed) =>
        Assert.Equal(allowed, BotAuthOptions.IsAllowedMetadataUrl(url));

    [Fact]
    public void PlainHttpMetadataFromAnotherHostIsASettingsProblemNamingItsKey()
    {
        var options = new BotAuthOptions { ChannelOpenIdMetadataUrl = "http://metadata.example/openid", Authority = "http://login.example/t" };

        var problems = options.FindProblems().ToList();

        Assert.Contains(problems, p => p.StartsWith("BotAuth:ChannelOpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("BotAuth:Authority", StringComparison.Ordinal));
        Assert.Empty(new BotAuthOptions().FindProblems());
    }

    [Fact]
    public void EmulatorIssuersDefaultToThePublicCloud() =>
        Assert.Equal(BotAuthOptions.PublicEmulatorIssuers, new BotAuthOptions { EmulatorIssuers = [] }.EffectiveEmulatorIssuers);
}
