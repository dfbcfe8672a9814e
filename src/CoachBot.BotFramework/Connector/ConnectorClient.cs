using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Connector;

/// <summary>
/// The Connector REST API over one HttpClient (from IHttpClientFactory; retries and timeouts live in its handlers).
/// Paths are relative to the serviceUrl with a trailing slash ensured, so a path such as <c>/amer/</c> is kept;
/// every id is escaped as one path segment.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, Uri serviceUrl, Func<CancellationToken, ValueTask<string?>> token) : IConnectorClient
{
    private readonly Uri _base = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    public Uri ServiceUrl => _base;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Esc(ConversationId(activity))}/activities", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, ConversationId(activity), cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var replyTo = activity.ReplyToId ?? throw new ArgumentException("A reply needs replyToId.", nameof(activity));
        return SendAsync(HttpMethod.Post, $"v3/conversations/{Esc(ConversationId(activity))}/activities/{Esc(replyTo)}", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, ConversationId(activity), cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity it replaces.", nameof(activity));
        return SendAsync(HttpMethod.Put, $"v3/conversations/{Esc(ConversationId(activity))}/activities/{Esc(id)}", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, ConversationId(activity), cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(HttpMethod.Delete,
            $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", conversationId, cancellationToken).ConfigureAwait(false);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "v3/conversations", parameters, BotJsonContext.Default.ConversationParameters,
            BotJsonContext.Default.ConversationResourceResponse, null, cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken) =>
        await GetAsync($"v3/conversations/{Esc(conversationId)}/members", BotJsonContext.Default.ListChannelAccount, conversationId,
            cancellationToken).ConfigureAwait(false);

    public Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
        GetAsync($"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}", BotJsonContext.Default.ChannelAccount, conversationId,
            cancellationToken);

    private static string ConversationId(Activity activity) =>
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.id.", nameof(activity));

    private static string Esc(string segment) => Uri.EscapeDataString(segment);

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string path, string? conversationId,
        CancellationToken cancellationToken)
    {
        var conversationHeader = conversationId is null ? null : HeaderValue(conversationId);
        var request = new HttpRequestMessage(method, new Uri(_base, path));
        if (await token(cancellationToken).ConfigureAwait(false) is { } bearer)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (conversationHeader is not null) request.Headers.TryAddWithoutValidation("x-ms-conversation-id", conversationHeader);
        return request;
    }

    /// <summary>
    /// A header value is printable ASCII here: a line break would end the header and let the id write headers of its own.
    /// Inbound ids are checked where activities are parsed; this guards every other way an id gets here (stored references).
    /// </summary>
    private static string HeaderValue(string value)
    {
        foreach (var c in value)
            if (c is < ' ' or > '~')
                throw new ArgumentException("The conversation id holds a character a header value cannot carry; nothing was sent.",
                    nameof(value));
        return value;
    }

    private async Task<TResponse> SendAsync<TBody, TResponse>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResponse> responseType, string? conversationId, CancellationToken cancellationToken) where TResponse : new()
    {
        using var request = await CreateRequestAsync(method, path, conversationId, cancellationToken).ConfigureAwait(false);
        request.Content = JsonContent.Create(body, bodyType, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" });
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0) return new TResponse();
        try
        {
            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false) ?? new TResponse();
        }
        catch (System.Text.Json.JsonException)
        {
            // Some channels answer 200 with an empty or non-JSON body; the send itself succeeded.
            return new TResponse();
        }
    }

    private async Task<TResponse> GetAsync<TResponse>(string path, JsonTypeInfo<TResponse> responseType, string? conversationId,
        CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(HttpMethod.Get, path, conversationId, cancellationToken).ConfigureAwait(false);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException(response.StatusCode, null, "The channel answered with an empty body.");
    }
}
