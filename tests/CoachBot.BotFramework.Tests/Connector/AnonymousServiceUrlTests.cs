using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.BotFramework.Tests.Connector;

/// <summary>
/// The connector factory is the one place every outbound call passes: a serviceUrl learned without authentication (a
/// stored reference from anonymous mode, a proactive turn) gets nothing unless it is loopback or allowed by name. The
/// server listens on this machine's non-loopback address, so a call that went out would arrive.
/// </summary>
public sealed class AnonymousServiceUrlTests
{
    [Fact]
    public async Task AnUnauthenticatedReferenceToAnotherHostGetsNothing()
    {
        await using var server = await StartAsync();
        var factory = Factory(AnonymousServiceUrls.LoopbackOnly);

        var client = factory.Create(TrustedServiceUrl.FromStoredReference(server.BaseUrl.AbsoluteUri, referenceAuthenticated: false)!);

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.SendToConversationAsync(Message(), default));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AnAllowedHostAndAnAuthenticatedServiceUrlGetTheirCalls()
    {
        await using var server = await StartAsync();
        var url = server.BaseUrl.AbsoluteUri;

        await Factory(new AnonymousServiceUrls([server.BaseUrl.Host])).Create(TrustedServiceUrl.FromStoredReference(url, false)!)
            .SendToConversationAsync(Message(), default);
        await Factory(new AnonymousServiceUrls([url])).Create(TrustedServiceUrl.FromStoredReference(url, false)!)
            .SendToConversationAsync(Message(), default);
        // A serviceUrl the channel signed (the token's serviceurl claim) needs no entry.
        await Factory(AnonymousServiceUrls.LoopbackOnly).Create(TrustedServiceUrl.FromStoredReference(url, referenceAuthenticated: true)!)
            .SendToConversationAsync(Message(), default);

        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData("https://example.ngrok.app/", true)]
    [InlineData("http://10.0.0.5:3978/bots/", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("emulator.internal", true)]
    [InlineData("localhost:3978", false)]
    [InlineData("ftp://10.0.0.5/", false)]
    [InlineData("https://example.ngrok.app/?x=1", false)]
    [InlineData("", false)]
    [InlineData("not a host", false)]
    public void AnEntryIsAUrlPrefixOrAHost(string entry, bool usable)
    {
        var options = new BotAuthOptions { AnonymousServiceUrls = [entry] };

        var problems = options.FindProblems().ToList();

        Assert.Equal(usable, problems.Count == 0);
        if (!usable) Assert.Contains("BotAuth:AnonymousServiceUrls:0", problems.Single());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/", true)]
    [InlineData("http://localhost:56150/", true)]
    [InlineData("http://[::1]:9/", true)]
    [InlineData("http://10.0.0.5:3978/bots/x", true)]
    [InlineData("http://10.0.0.5:3979/bots/x", false)]
    [InlineData("http://10.0.0.5:3978/other/", false)]
    [InlineData("https://10.0.0.5:3978/bots/", false)]
    [InlineData("https://emulator.internal/anything", true)]
    [InlineData("http://169.254.169.254/latest/meta-data/", false)]
    public void WhatTheEntriesAllow(string serviceUrl, bool allowed)
    {
        var policy = new AnonymousServiceUrls(["http://10.0.0.5:3978/bots/", "emulator.internal"]);

        Assert.Equal(allowed, policy.Allows(serviceUrl));
    }

    private static ConnectorClientFactory Factory(AnonymousServiceUrls policy)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotConnectorHttpClient();
        return new ConnectorClientFactory(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), new NoTokens(), policy);
    }

    private static Task<LocalServer> StartAsync() =>
        LocalServer.StartAsync((_, response) =>
        {
            response.ContentType = "application/json";
            return response.WriteAsync("""{"id":"sent"}""");
        }, address: OwnAddress());

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        Text = "Hello",
    };

    private static IPAddress OwnAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no non-loopback IPv4 address to run a reachable server on.");

    private sealed class NoTokens : IBotTokenProvider
    {
        public bool IsEnabled => false;
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
    }
}
