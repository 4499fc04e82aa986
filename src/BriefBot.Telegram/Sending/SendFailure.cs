using System.Net.Http;
using System.Net.Sockets;
using BriefBot.Telegram.Api;
using Polly.Timeout;
using Telegram.Bot.Exceptions;

namespace BriefBot.Telegram.Sending;

/// <summary>What a failed sendMessage means for sending it again.</summary>
internal enum SendFailureKind
{
    /// <summary>Certainly not delivered and worth another try: a 5xx, a refused connection.</summary>
    NotDelivered,

    /// <summary>A 429: not delivered; wait its retry_after.</summary>
    TooManyRequests,

    /// <summary>No answer in time, or the connection broke mid-request: it may have been delivered.</summary>
    OutcomeUnknown,

    /// <summary>400 or 403: the chat will not take it, ever.</summary>
    Refused,

    /// <summary>Any other 4xx (a bad token, a wrong method): another try cannot help.</summary>
    NotRetryable,
}

internal static class SendFailure
{
    public static SendFailureKind Classify(Exception exception)
    {
        if (BotApiErrors.IsTooManyRequests(exception, out _))
        {
            return SendFailureKind.TooManyRequests;
        }

        if (BotApiErrors.IsForbidden(exception))
        {
            return SendFailureKind.Refused;
        }

        if (exception is ApiRequestException { ErrorCode: >= 500 } or RequestException { HttpStatusCode: >= (System.Net.HttpStatusCode)500 })
        {
            return SendFailureKind.NotDelivered;
        }

        if (exception is ApiRequestException)
        {
            return SendFailureKind.NotRetryable;
        }

        if (NeverConnected(exception))
        {
            return SendFailureKind.NotDelivered;
        }

        // Anything else that went wrong on the wire may have delivered the message; an unexpected exception is a bug,
        // and trying again would not help.
        return OnTheWire(exception) ? SendFailureKind.OutcomeUnknown : SendFailureKind.NotRetryable;
    }

    /// <summary>A short reason for a log line: the status code and description, or what went wrong on the wire.</summary>
    public static string Describe(Exception exception, TimeSpan requestTimeout, TokenRedactor redactor) => exception switch
    {
        ApiRequestException api => $"{api.ErrorCode} {redactor.Redact(api.Message)}",
        _ when TimedOut(exception) => $"no answer within {requestTimeout.TotalSeconds:0} s",
        _ => redactor.Describe(exception),
    };

    // A connection that was never made (refused, no such host, TLS or proxy tunnel failed) carried no request:
    // sending again cannot post twice.
    private static bool NeverConnected(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                    or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }
                || current is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnTheWire(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is RequestException or HttpRequestException or IOException or SocketException || IsTimeout(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTimeout(Exception exception) => exception is TimeoutRejectedException or TimeoutException or TaskCanceledException;

    private static bool TimedOut(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (IsTimeout(current))
            {
                return true;
            }
        }

        return false;
    }
}
