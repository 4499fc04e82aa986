namespace BriefBot.Telegram.Options;

/// <summary>How long one message may take (Telegram:Sending): per request, and in all with its retries.</summary>
public sealed class TelegramSendingOptions
{
    /// <summary>A sendMessage not answered within this many seconds is given up (and, for a reply, sent again).</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>5xx, refused connections and timeouts are retried for this many seconds after the first attempt.</summary>
    public int RetryForSeconds { get; set; } = 120;

    /// <summary>The longest wait between two attempts (back-off doubles from 1 s, with jitter, up to this).</summary>
    public int MaxRetryDelaySeconds { get; set; } = 10;
}
