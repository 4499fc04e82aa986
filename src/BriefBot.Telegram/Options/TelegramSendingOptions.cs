using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Telegram.Options;

/// <summary>How long one message may take (Telegram:Sending): per request, and in all with its retries.</summary>
public sealed class TelegramSendingOptions
{
    /// <summary>A sendMessage not answered within this many seconds is given up (and, for a reply, sent again).</summary>
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Sending:RequestTimeoutSeconds must be at least 1.")]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>5xx, refused connections and timeouts are retried for this many seconds after the first attempt.</summary>
    [InRange(0, int.MaxValue, ErrorMessage = "Telegram:Sending:RetryForSeconds must not be negative.")]
    public int RetryForSeconds { get; set; } = 120;

    /// <summary>The longest wait between two attempts (back-off doubles from 1 s, with jitter, up to this).</summary>
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Sending:MaxRetryDelaySeconds must be at least 1.")]
    public int MaxRetryDelaySeconds { get; set; } = 10;
}
