using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using CoachBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.11: with no app id, requests carry no token, so a serviceUrl is only what the sender claims. Replies go to
/// loopback serviceUrls only (the Emulator, the Playground), and to others only when
/// <c>BotAuth:AnonymousServiceUrls</c> names them. The connector here listens on this machine's own non-loopback address,
/// so a reply that went out would really arrive.
/// </summary>
public sealed class AnonymousServiceUrlTests
{
    [Fact]
    public async Task ANonLoopbackServiceUrlIsRefusedAndGetsNoReply()
    {
        await using var bot = await BotWithSettings.StartAsync(Memory(), connectorAddress: OwnAddress());
        var store = bot.Services.GetRequiredService<IUserStore>();
        var user = BotWithSettings.NewUser();

        var response = await bot.PostAsync(bot.Message(user, "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
        Assert.Null(await store.ReadAsync($"msteams|tenant-1|{user}", default));
        // Logged, naming the host and the user by keyed hash only.
        var refused = Assert.Single(bot.Logs.Lines, l => l.Category == "CoachBot.Auth");
        Assert.Contains(bot.Connector.BaseUrl.Authority, refused.Message);
        var hash = bot.Services.GetRequiredService<CoachBot.BotFramework.Builder.UserKeyHash>().Of($"msteams|tenant-1|{user}");
        Assert.Contains(hash, refused.Message);
        Assert.DoesNotContain(user, refused.Message);
    }

    [Theory]
    [InlineData("prefix")]
    [InlineData("host")]
    public async Task AServiceUrlTheSettingAllowsGetsItsReplies(string form)
    {
        await using var bot = await BotWithSettings.StartAsync(b => new Dictionary<string, string?>(Memory())
        {
            ["BotAuth:AnonymousServiceUrls:0"] = form == "prefix" ? b.ServiceUrl : b.Connector.BaseUrl.Host,
        }, connectorAddress: OwnAddress());
        var user = BotWithSettings.NewUser();

        var response = await bot.PostAsync(bot.Message(user, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(bot.MessagesTo(user));
    }

    [Fact]
    public async Task APrefixAllowsOnlyWhatStartsWithIt()
    {
        await using var bot = await BotWithSettings.StartAsync(b => new Dictionary<string, string?>(Memory())
        {
            ["BotAuth:AnonymousServiceUrls:0"] = new Uri(b.Connector.BaseUrl, "emea/").AbsoluteUri,
        }, connectorAddress: OwnAddress());

        var response = await bot.PostAsync(bot.Message(BotWithSettings.NewUser(), "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task ALoopbackServiceUrlNeedsNoSetting()
    {
        await using var bot = await BotWithSettings.StartAsync(Memory());
        var user = BotWithSettings.NewUser();

        var response = await bot.PostAsync(bot.Message(user, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(bot.MessagesTo(user));
    }

    private static Dictionary<string, string?> Memory() => new() { ["Storage:Provider"] = "Memory" };

    /// <summary>An IPv4 address of this machine that is not loopback (a container's eth0, a laptop's Wi-Fi).</summary>
    private static IPAddress OwnAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no non-loopback IPv4 address to run a reachable connector on.");
}
