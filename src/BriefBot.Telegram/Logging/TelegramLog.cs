using Microsoft.Extensions.Logging;

namespace BriefBot.Telegram.Logging;

/// <summary>Every log line the Telegram adapter writes. Error texts arrive already redacted.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Telegram bot @{Username} ready ({Mode} mode, {CommandCount} commands)")]
    public static partial void Ready(ILogger logger, string username, string mode, int commandCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Critical, Message = "The Telegram token was rejected (401 Unauthorized): check Telegram:Token. The bot stops.")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Telegram {Operation} failed, retrying in {DelayMs} ms: {Error}")]
    public static partial void RetryingAfterError(ILogger logger, string operation, long delayMs, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Telegram {Operation} recovered after {Failures} failures")]
    public static partial void Recovered(ILogger logger, string operation, int failures);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Telegram asked us to slow down in chat {ChatId}: retrying the same message in {RetryAfterSeconds} s")]
    public static partial void TooManyRequests(ILogger logger, string chatId, double retryAfterSeconds);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Telegram refused a message to chat {ChatId} (bot blocked, removed or without rights): {Error}")]
    public static partial void Forbidden(ILogger logger, string chatId, string error);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "A message to chat {ChatId} was not delivered: {Error}")]
    public static partial void NotDelivered(ILogger logger, string chatId, string error);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} failed: {Error}")]
    public static partial void UpdateFailed(ILogger logger, long updateId, string error);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Rejected a webhook request without the right secret token from {Remote}")]
    public static partial void WebhookSecretRejected(ILogger logger, string remote);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Telegram webhook listening on {Address}{Path}")]
    public static partial void WebhookListening(ILogger logger, string address, string path);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Could not read the Telegram update offset from {Path}; starting from what the server keeps: {Error}")]
    public static partial void OffsetUnreadable(ILogger logger, string path, string error);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Telegram start-up step failed, will retry: {Error}")]
    public static partial void StartupDeferred(ILogger logger, string error);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Telegram delivered update {UpdateId} again; it was answered the first time")]
    public static partial void UpdateRepeated(ILogger logger, long updateId);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Warning, Message = "Chat {ChatId} has {Waiting} updates waiting: update {UpdateId} is not handled")]
    public static partial void UpdateDropped(ILogger logger, long chatId, int waiting, long updateId);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "{InFlight} Telegram updates are in flight, the limit: polling waits until one finishes")]
    public static partial void InFlightFull(ILogger logger, int inFlight);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Information, Message = "Handling {Count} Telegram updates taken in before the restart but not finished")]
    public static partial void Replaying(ILogger logger, int count);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Warning, Message = "Could not keep Telegram update {UpdateId} pending in {Folder} (it is handled all the same; a crash before it is would lose it): {Error}")]
    public static partial void JournalFailed(ILogger logger, long updateId, string folder, string error);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Warning, Message = "Could not save the Telegram update offset to {Path}: {Error}")]
    public static partial void OffsetNotSaved(ILogger logger, string path, string error);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "Dropped {Count} unreadable pending Telegram updates from {Folder}: {Files}")]
    public static partial void JournalUnreadable(ILogger logger, int count, string folder, string files);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Telegram sendMessage to chat {ChatId} failed, retrying in {DelayMs} ms (attempt {Attempt}): {Error}")]
    public static partial void SendRetrying(ILogger logger, string chatId, long delayMs, int attempt, string error);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Error, Message = "Gave up on a message to chat {ChatId} after {Attempts} attempts over {Seconds} s: {Error}")]
    public static partial void SendGaveUp(ILogger logger, string chatId, int attempts, long seconds, string error);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Warning, Message = "Could not read the pending Telegram updates in {Folder}; polling starts after the saved offset: {Error}")]
    public static partial void JournalNotRead(ILogger logger, string folder, string error);

    [LoggerMessage(EventId = 3040, Level = LogLevel.Information, Message = "Another instance polls Telegram (the polling lease is held): this one stands by and takes over if it stops")]
    public static partial void PollingStandingBy(ILogger logger);

    [LoggerMessage(EventId = 3041, Level = LogLevel.Information, Message = "This instance holds the Telegram polling lease and polls")]
    public static partial void PollingLeaseTaken(ILogger logger);

    [LoggerMessage(EventId = 3042, Level = LogLevel.Warning, Message = "The Telegram polling lease cannot be checked in the database, so this instance polls without it: {Error}")]
    public static partial void PollingLeaseUnavailable(ILogger logger, string error);

    [LoggerMessage(EventId = 3043, Level = LogLevel.Warning, Message = "Could not record Telegram update {UpdateId} in the database, so only this instance's memory guards against a repeat: {Error}")]
    public static partial void HandledUpdatesUnavailable(ILogger logger, long updateId, string error);
}
