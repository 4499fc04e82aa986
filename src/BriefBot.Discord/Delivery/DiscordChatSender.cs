using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Delivery;

/// <summary>
/// Posts replies (digests) to channels. Each message carries a nonce derived from the idempotency key and
/// <c>enforce_nonce</c>, so Discord returns the first message instead of posting a second one when we retry.
/// </summary>
internal sealed partial class DiscordChatSender(
    DiscordRestClient rest,
    ReplyRenderer renderer,
    ILogger<DiscordChatSender> logger) : IChatSender, IIdempotentChatSender
{
    public string Platform => "discord";

    /// <summary>Discord checks a nonce "in the past few minutes"; we count on two.</summary>
    public TimeSpan DeduplicationWindow => TimeSpan.FromMinutes(2);

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendPartsAsync(chatId, reply, idempotencyKey, claim: null, cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/>, calling <paramref name="beforeSending"/>
    /// once, after the first part's turn has come (bucket and global limit), just before its first request leaves.
    /// </summary>
    public Task<DeliveryResult> SendAsync(
        string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken) =>
        SendPartsAsync(chatId, reply, idempotencyKey, DeliveryClaim.Once(beforeSending), cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/> under <paramref name="claim"/>: taken
    /// after the first part's turn has come, just before each of its attempts leaves; given back in a wait after a
    /// 5xx or a 429 while none of its attempts may have arrived. Later parts are posted under the claim as it stands.
    /// </summary>
    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, IDeliveryClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return SendPartsAsync(chatId, reply, idempotencyKey, claim, cancellationToken);
    }

    private async Task<DeliveryResult> SendPartsAsync(
        string chatId, Reply reply, string idempotencyKey, IDeliveryClaim? claim, CancellationToken cancellationToken)
    {
        if (!Configuration.Snowflake.IsValid(chatId))
        {
            return new DeliveryResult(DeliveryOutcome.Forbidden, $"'{chatId}' is not a Discord channel id");
        }

        var messages = renderer.Render(reply);
        for (var part = 0; part < messages.Count; part++)
        {
            var message = messages[part] with { Nonce = Nonce(idempotencyKey, part), EnforceNonce = true };

            // Safe to repeat through 5xx, 429 and lost answers, with back-off (0.25 s doubling to 8 s) for 30 s, well
            // inside the nonce's few minutes: Discord hands back the message if it was in fact created. Stopped after an
            // attempt that may have arrived, this answers "no answer, may have arrived" instead of throwing.
            DiscordResponse response;
            try
            {
                response = await rest.PostRepeatableAsync(
                    $"channels/{chatId}/messages", message, DiscordRestClient.DeliveryRetryWindow, part == 0 ? claim : null, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (part > 0)
            {
                return PartlySent(chatId, part, messages.Count, "stopped");
            }

            if (!response.IsSuccess)
            {
                var result = Classify(response);
                LogNotDelivered(logger, chatId, part + 1, messages.Count, result.Outcome, response.ErrorSummary);

                // Sending the whole reply again later would repeat the parts already posted (their nonces long forgotten).
                return part > 0 && result.Outcome == DeliveryOutcome.Transient
                    ? PartlySent(chatId, part, messages.Count, response.ErrorSummary)
                    : result;
            }
        }

        return DeliveryResult.Sent;
    }

    private DeliveryResult PartlySent(string chatId, int sent, int parts, string why)
    {
        LogPartlySent(logger, chatId, sent, parts, why);
        return new DeliveryResult(DeliveryOutcome.Unknown, $"only {sent} of {parts} parts were posted ({why})");
    }

    /// <summary>At most 25 characters, the same for the same key and part.</summary>
    internal static string Nonce(string idempotencyKey, int part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey + "\n" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(hash)[..DiscordLimits.Nonce];
    }

    private static DeliveryResult Classify(DiscordResponse response) => response.Status switch
    {
        _ when response.IsTransient && response.MayHaveArrived =>
            new DeliveryResult(DeliveryOutcome.Unknown, "no answer to an attempt, it may have been posted: " + response.ErrorSummary),
        403 => new DeliveryResult(DeliveryOutcome.Forbidden, "Discord refused: " + response.ErrorSummary),
        404 => new DeliveryResult(DeliveryOutcome.Forbidden, "the channel is gone: " + response.ErrorSummary),
        _ => new DeliveryResult(DeliveryOutcome.Transient, response.ErrorSummary),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord did not take part {Part} of {Parts} for channel {ChannelId} ({Outcome}): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string channelId, int part, int parts, DeliveryOutcome outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Only {Sent} of {Parts} parts were posted to channel {ChannelId} ({Reason}): reported in doubt, not re-sent")]
    private static partial void LogPartlySent(ILogger logger, string channelId, int sent, int parts, string reason);
}
