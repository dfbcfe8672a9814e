using System.Net;
using CoachBot.BotFramework.Connector;

namespace CoachBot.BotFramework.Builder;

/// <summary>Why a send to the channel failed, in the terms a caller decides on (try later, stop, give up).</summary>
public enum SendFailure
{
    None,
    /// <summary>429, 412, 5xx or no answer at all (the connector client already retried within the call): try later.</summary>
    Transient,
    /// <summary>403 or 404: the user blocked the bot, uninstalled it, or the conversation is gone.</summary>
    Unreachable,
    /// <summary>Another 4xx: the channel refused the message; sending it again would not help.</summary>
    Refused,
}

internal static class SendFailures
{
    public static SendFailure Classify(Exception? error) => error switch
    {
        ConnectorException { IsUnreachable: true } => SendFailure.Unreachable,
        ConnectorException { Status: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed } => SendFailure.Transient,
        ConnectorException { Status: >= HttpStatusCode.InternalServerError } => SendFailure.Transient,
        ConnectorException => SendFailure.Refused,
        _ => SendFailure.Transient,
    };
}
