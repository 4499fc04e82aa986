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
    /// <remarks>
    /// Throws <see cref="OperationCanceledException"/> only when nothing of the message left (cancelled while waiting
    /// its turn, a 429's retry_after or a back-off); cancelled while a request was on its way, it returns
    /// <see cref="DeliveryOutcome.Unknown"/> unless that request is answered in time.
    /// </remarks>
    Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/>, calling <paramref name="beforeSending"/>
    /// once the message's turn has come (after any wait for pacing), just before its first request leaves. The claim
    /// it makes is held to the end (see the <see cref="IDeliveryClaim"/> overload for one given back while the sender
    /// waits after a refusal). An exception from <paramref name="beforeSending"/> propagates and nothing is sent. A
    /// sender that paces nothing need not override this.
    /// </summary>
    async Task<DeliveryResult> SendAsync(
        string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beforeSending);
        await beforeSending(cancellationToken).ConfigureAwait(false);
        return await SendAsync(chatId, reply, idempotencyKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/> under <paramref name="claim"/>: taken
    /// once the message's turn has come, just before its first request leaves; a sender that retries gives it back
    /// while it waits after attempts that were all refused (nothing may have arrived) and takes it again just before
    /// the next attempt. What taking it throws propagates and nothing more is sent. A sender that does not retry need not override this: it takes the claim once.
    /// </summary>
    Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, IDeliveryClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return SendAsync(chatId, reply, idempotencyKey, claim.TakeAsync, cancellationToken);
    }
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
    /// <summary>Not accepted, for now (429 given up, connection refused, 5xx answered): try again later.</summary>
    Transient,
    /// <summary>
    /// The request left but no answer came (client timeout, connection dropped, cancelled in flight, or only some parts
    /// of a long reply were accepted): it may have arrived. Sending it again may post it twice.
    /// </summary>
    Unknown,
}
