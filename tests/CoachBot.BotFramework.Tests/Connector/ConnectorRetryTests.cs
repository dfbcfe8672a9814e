using System.Net;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.BotFramework.Tests.Connector;

/// <summary>The connector's named HttpClient against a real local server: which answers are retried, and how.</summary>
public sealed class ConnectorRetryTests
{
    private const string TeamsConversation = "19:abc@thread.tacv2;messageid=1752644289992";

    [Fact]
    public async Task ThrottledSendWaitsForRetryAfterThenSucceeds()
    {
        await using var server = await LocalServer.StartAsync(Script(
            r => { r.Headers.RetryAfter = "1"; return Answer(r, 429, ""); },
            r => Answer(r, 201, """{"id":"sent-1"}""")));
        using var services = Services();

        var result = await Client(services, server).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("sent-1", result.Id);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        // The backoff alone is 10 ms here: the second attempt came after the server's Retry-After of one second.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900),
            $"retried after {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData("20")]
    [InlineData("3600")]
    [InlineData("an HTTP-date an hour from now")]
    [InlineData("an HTTP-date a minute ago")]
    public async Task RetryAfterIsClampedToMaxDelayAndRetried(string retryAfter)
    {
        var value = retryAfter switch
        {
            "an HTTP-date an hour from now" => DateTimeOffset.UtcNow.AddHours(1).ToString("R"),
            "an HTTP-date a minute ago" => DateTimeOffset.UtcNow.AddMinutes(-1).ToString("R"),
            _ => retryAfter,
        };
        await using var server = await LocalServer.StartAsync(Script(
            r => { r.Headers.RetryAfter = value; return Answer(r, 429, ""); },
            r => Answer(r, 201, """{"id":"sent-after-429"}""")));
        // MaxDelay is the longest wait the channel's Retry-After can impose; the total (15 s here) would end a longer one.
        using var services = Services(o => o.MaxDelay = TimeSpan.FromMilliseconds(200));

        var result = await Client(services, server).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("sent-after-429", result.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AConnectorThatNeverAnswersIsBoundedByTheTotalTimeout()
    {
        await using var server = await LocalServer.StartAsync(async (_, response) =>
            await Task.Delay(Timeout.Infinite, response.HttpContext.RequestAborted));
        using var services = Services(o =>
        {
            // Many retries allowed, so the total timeout is what ends the call; the attempts are short enough for a
            // second one to start well within it, also on a busy machine.
            o.MaxRetries = 20;
            o.MaxDelay = TimeSpan.FromMilliseconds(200);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.TotalTimeout = TimeSpan.FromMilliseconds(1500);
        });
        // The guard only keeps a broken bound from hanging the suite; the bound itself is 1.5 s.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            Client(services, server).SendToConversationAsync(Message(), guard.Token));

        Assert.False(error is OperationCanceledException, $"a timeout of the call, not a cancellation: {error}");
        Assert.False(guard.IsCancellationRequested);
        // Retried, but fewer times than allowed: the total timeout cut the retries short.
        Assert.InRange(server.Requests.Count, 2, 20);
    }

    [Fact]
    public async Task ACancelledCallStopsWaitingForAHangingConnector()
    {
        await using var server = await LocalServer.StartAsync(async (_, response) =>
            await Task.Delay(Timeout.Infinite, response.HttpContext.RequestAborted));
        using var services = Services(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(14);
        });
        using var turn = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Client(services, server).SendToConversationAsync(Message(), turn.Token));
        Assert.Single(server.Requests);
    }

    [Fact]
    public void TheDefaultsAnswerWellInsideTheChannelsFifteenSeconds()
    {
        var defaults = new ConnectorResilienceOptions();

        Assert.Empty(defaults.FindProblems());
        Assert.True(defaults.TotalTimeout < TimeSpan.FromSeconds(12), $"total {defaults.TotalTimeout}");
        Assert.True(defaults.AttemptTimeout <= defaults.TotalTimeout);
        Assert.True(defaults.MaxDelay < defaults.TotalTimeout, $"max delay {defaults.MaxDelay}");
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2\r\nX-Injected: yes")]
    [InlineData("19:abc@thread.tacv2\nX-Injected: yes")]
    [InlineData("19:abc\u0000")]
    public async Task AConversationIdThatIsNoValidHeaderValueIsNeverSent(string escaped)
    {
        var conversationId = System.Text.RegularExpressions.Regex.Unescape(escaped);
        await using var server = await LocalServer.StartAsync((_, response) => Answer(response, 200, """{"id":"r"}"""));
        using var services = Services();
        var message = Message();
        message.Conversation = new ConversationAccount { Id = conversationId };

        await Assert.ThrowsAsync<ArgumentException>(() => Client(services, server).SendToConversationAsync(message, CancellationToken.None));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task TheConversationHeaderCarriesTheIdAsItIs()
    {
        await using var server = await LocalServer.StartAsync((_, response) => Answer(response, 200, """{"id":"r"}"""));
        using var services = Services();

        await Client(services, server).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal(TeamsConversation, server.Requests.Single().Headers["x-ms-conversation-id"]);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task OtherClientErrorsAreNotRetried(int status)
    {
        await using var server = await LocalServer.StartAsync((_, response) =>
            Answer(response, status, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));
        using var services = Services();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services, server).SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal("BotNotInConversationRoster", error.Code);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task GatewayAndPreconditionErrorsAreRetried(int status)
    {
        await using var server = await LocalServer.StartAsync(Script(
            r => Answer(r, status, ""),
            r => Answer(r, status, ""),
            r => Answer(r, 200, """{"id":"sent-2"}""")));
        using var services = Services();

        var result = await Client(services, server).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("sent-2", result.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task RetriesStopAfterTheConfiguredCount()
    {
        await using var server = await LocalServer.StartAsync((_, response) => Answer(response, 502, ""));
        using var services = Services(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services, server).SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal(1 + 3, server.Requests.Count);
    }

    [Fact]
    public async Task SlowAttemptTimesOutAndIsRetried()
    {
        var attempts = 0;
        await using var server = await LocalServer.StartAsync(async (_, response) =>
        {
            if (Interlocked.Increment(ref attempts) == 1) await Task.Delay(TimeSpan.FromSeconds(3), response.HttpContext.RequestAborted);
            await Answer(response, 200, """{"id":"sent-3"}""");
        });
        using var services = Services(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));

        var result = await Client(services, server).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("sent-3", result.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task IdsAreEscapedAndTheServiceUrlPathIsKept()
    {
        await using var server = await LocalServer.StartAsync((_, response) => Answer(response, 200, """{"id":"r"}"""));
        using var services = Services();
        var reply = Message();
        reply.ReplyToId = "1752644289992";

        await Client(services, server, "amer/").ReplyToActivityAsync(reply, CancellationToken.None);
        await Client(services, server, "amer").GetConversationMemberAsync(TeamsConversation, "29:1a/b?c", CancellationToken.None);

        var targets = server.Requests.Select(r => r.RawTarget).ToList();
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1752644289992/activities/1752644289992", targets[0]);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1752644289992/members/29%3A1a%2Fb%3Fc", targets[1]);
    }

    [Fact]
    public async Task TokenGoesOnlyToAServiceUrlLearnedFromAnAuthenticatedActivity()
    {
        await using var server = await LocalServer.StartAsync((_, response) => Answer(response, 200, """{"id":"r"}"""));
        using var services = Services();
        var tokens = new CountingTokenProvider();
        var factory = new ConnectorClientFactory(services.GetRequiredService<IHttpClientFactory>(), tokens);
        var url = new Uri(server.BaseUrl, "amer/").AbsoluteUri;

        await factory.Create(TrustedServiceUrl.FromInbound(url, BotClaims.Anonymous)!).SendToConversationAsync(Message(), default);
        await factory.Create(TrustedServiceUrl.FromStoredReference(url, referenceAuthenticated: false)!).SendToConversationAsync(Message(), default);
        await factory.Create(TrustedServiceUrl.FromInbound(url, Authenticated)!).SendToConversationAsync(Message(), default);
        await factory.Create(TrustedServiceUrl.FromStoredReference(url, referenceAuthenticated: true)!).SendToConversationAsync(Message(), default);

        Assert.Equal([null, null, "Bearer token-1", "Bearer token-1"], server.Requests.Select(r => r.Authorization));
        Assert.Equal(2, tokens.Calls);
    }

    private static readonly BotClaims Authenticated = BotClaims.Authenticated("app-id", JwtBotAuthenticator.AzureCallerId);

    private static ServiceProvider Services(Action<ConnectorResilienceOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotConnectorHttpClient();
        services.Configure<ConnectorResilienceOptions>(o =>
        {
            // Short delays keep the tests fast; Retry-After (whole seconds) still rules when the channel sends it.
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxDelay = TimeSpan.FromSeconds(2);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(15);
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    private static IConnectorClient Client(ServiceProvider services, LocalServer server, string path = "amer/") =>
        new ConnectorClientFactory(services.GetRequiredService<IHttpClientFactory>(), new CountingTokenProvider())
            .Create(TrustedServiceUrl.FromInbound(new Uri(server.BaseUrl, path).AbsoluteUri, Authenticated)!);

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = TeamsConversation },
        Text = "Hello",
    };

    /// <summary>Answers the n-th request with the n-th step; the last step repeats.</summary>
    private static Func<RecordedRequest, HttpResponse, Task> Script(params Func<HttpResponse, Task>[] steps)
    {
        var count = 0;
        return (_, response) => steps[Math.Min(Interlocked.Increment(ref count), steps.Length) - 1](response);
    }

    private static Task Answer(HttpResponse response, int status, string json)
    {
        response.StatusCode = status;
        if (json.Length == 0) return Task.CompletedTask;
        response.ContentType = "application/json";
        return response.WriteAsync(json);
    }

    private sealed class CountingTokenProvider : IBotTokenProvider
    {
        private int _calls;
        public int Calls => _calls;
        public bool IsEnabled => true;

        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult<string?>("token-1");
        }
    }
}
