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

    /// <summary>The chat will not take our messages (blocked, kicked, no rights, gone): retrying cannot help.</summary>
    public static bool IsForbidden(Exception exception) => exception is ApiRequestException { ErrorCode: 403 or 400 };
}
