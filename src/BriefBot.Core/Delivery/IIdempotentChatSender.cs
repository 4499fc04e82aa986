namespace BriefBot.Core.Delivery;

/// <summary>
/// Optional, for an <see cref="IChatSender"/> whose platform drops a repeated idempotency key for a while
/// (Discord's nonce with enforce_nonce). A digest left "attempted" by a crash is re-sent with the same key only
/// while that window lasts; otherwise it is not re-sent, because nothing could tell whether the first one arrived.
/// </summary>
public interface IIdempotentChatSender
{
    TimeSpan DeduplicationWindow { get; }
}
