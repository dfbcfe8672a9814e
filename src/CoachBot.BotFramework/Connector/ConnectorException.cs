using System.Net;
using System.Text.Json;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Connector;

/// <summary>A non-success answer from the Connector API, with the status and the channel's error code.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The channel's error code, e.g. <c>BotNotInConversationRoster</c> or <c>MessageWritesBlocked</c>.</summary>
    public string? Code { get; } = code;

    /// <summary>The user can no longer be reached here (uninstalled, blocked, conversation gone): stop, don't retry.</summary>
    public bool IsUnreachable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    public static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        string? code = null;
        var message = $"The channel answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        try
        {
            var error = JsonSerializer.Deserialize(text, BotJsonContext.Default.ErrorResponse)?.Error;
            if (error is not null)
            {
                code = error.Code;
                if (!string.IsNullOrEmpty(error.Message)) message = error.Message;
            }
            else if (text.Contains("MessageWritesBlocked", StringComparison.Ordinal))
            {
                // Teams nests its sub-code inside a JSON string: {"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"..."}
                code = "MessageWritesBlocked";
            }
        }
        catch (JsonException)
        {
        }
        throw new ConnectorException(response.StatusCode, code, message);
    }
}
