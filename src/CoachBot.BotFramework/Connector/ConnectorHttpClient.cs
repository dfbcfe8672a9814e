using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CoachBot.BotFramework.Connector;

/// <summary>The named HttpClient of the connector with its retries and timeouts.</summary>
public static class ConnectorHttpClient
{
    /// <summary>
    /// Registers <see cref="ConnectorClientFactory.HttpClientName"/> with a resilience handler: total timeout, then retries,
    /// then a per-attempt timeout. The options must be registered (and bound) by the caller.
    /// </summary>
    public static IHttpClientBuilder AddBotConnectorHttpClient(this IServiceCollection services)
    {
        services.AddOptions<ConnectorResilienceOptions>();
        var builder = services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
                // The pipeline owns the timeouts; HttpClient's own only backs it up.
                client.Timeout = sp.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value.TotalTimeout + TimeSpan.FromSeconds(5));
        builder.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value;
            var clock = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.AddTimeout(options.TotalTimeout);
            // MaxRetries 0 turns retries off (Polly itself wants at least one attempt in a retry strategy).
            if (options.MaxRetries > 0)
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    // The channel's Retry-After is honoured but never waited longer than MaxDelay (the built-in reader
                    // takes it whole, and a date as no delay at all); without one, the backoff above applies.
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Result, clock.GetUtcNow(), options.MaxDelay)),
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    /// <summary>
    /// The wait a <c>Retry-After</c> asks for, in seconds or as an HTTP-date (RFC 9110 10.2.3), within zero and
    /// <paramref name="maxDelay"/>; null when the answer names none.
    /// </summary>
    public static TimeSpan? RetryAfterDelay(HttpResponseMessage? response, DateTimeOffset now, TimeSpan maxDelay)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - now : null);
        if (wait is not { } delay) return null;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay;
    }

    /// <summary>
    /// Throttling (429), a lost precondition race (412), gateway trouble (502, 503, 504) and broken connections are worth
    /// another try; any other answer, every other 4xx above all, would only be refused again.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
