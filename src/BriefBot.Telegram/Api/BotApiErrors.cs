using Telegram.Bot.Exceptions;

namespace BriefBot.Telegram.Api;

/// <summary>How the adapter reads a failed Bot API call.</summary>
internal static class BotApiErrors
{
    public static bool IsUnauthorized(Exception exception) => exception is ApiRequestException { ErrorCode: 401 };

    public static bool IsTooManyRequests(Exception exception, out TimeSpan retryAfter)
    {
        if (exception is ApiRequestException { ErrorCode: 429 } api)
        {
            retryAfter = TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1));
            return true;
        }

        retryAfter = TimeSpan.Zero;
        return false;
    }

    /// <summary>
    /// The request left but no answer came: the client timed out, the connection broke after it was sent, or
    /// <paramref name="request"/> was cancelled while it was on its way. Telegram may have sent the message.
    /// An API error (any answer), or a connection that was never made, means it was not sent.
    /// </summary>
    public static bool MayHaveArrived(Exception exception, CancellationToken request)
    {
        if (exception is ApiRequestException)
        {
            return false;
        }

        if (exception is OperationCanceledException)
        {
            return request.IsCancellationRequested;
        }

        var http = exception as HttpRequestException ?? exception.InnerException as HttpRequestException;
        if (http is not null)
        {
            return http.HttpRequestError is not (HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError);
        }

        // Telegram.Bot reports its client timeout as a RequestException around a TaskCanceledException.
        return exception is RequestException && exception.InnerException is OperationCanceledException;
    }

    /// <summary>The chat will not take our messages (blocked, kicked, no rights, gone): retrying cannot help.</summary>
    public static bool IsForbidden(Exception exception) => exception is ApiRequestException { ErrorCode: 403 or 400 };
}
