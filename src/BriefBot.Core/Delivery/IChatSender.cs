using BriefBot.Core.Replies;

namespace BriefBot.Core.Delivery;

/// <summary>
/// Sends a reply to a chat on one platform, paced ahead of time. Digests use it; each transport implements it.
/// </summary>
public interface IChatSender
{
    /// <summary>"console", "telegram", "discord".</summary>
    string Platform { get; }

    /// <param name="idempotencyKey">The same key never posts twice (Discord nonce; Telegram retries the same request only).</param>
    Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken);
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Detail = null)
{
    public static readonly DeliveryResult Sent = new(DeliveryOutcome.Sent);
}

public enum DeliveryOutcome
{
    Sent,
    /// <summary>The chat refuses us for good (blocked, removed, no permission): pause it, do not retry.</summary>
    Forbidden,
    /// <summary>Failed for now (network, 5xx): try again later.</summary>
    Transient,
}
