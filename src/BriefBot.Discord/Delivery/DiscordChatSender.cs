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

    public async Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (!Configuration.Snowflake.IsValid(chatId))
        {
            return new DeliveryResult(DeliveryOutcome.Forbidden, $"'{chatId}' is not a Discord channel id");
        }

        var messages = renderer.Render(reply);
        for (var part = 0; part < messages.Count; part++)
        {
            var message = messages[part] with { Nonce = Nonce(idempotencyKey, part), EnforceNonce = true };
            var response = await rest.PostAsync($"channels/{chatId}/messages", message, cancellationToken).ConfigureAwait(false);
            if (response.IsTransient && response.Status != 429)
            {
                // A 5xx or no answer: safe to repeat at once, within the nonce's few minutes, because Discord hands back
                // the message if it was in fact created. A later retry (minutes on) would no longer be safe.
                response = await rest.PostAsync($"channels/{chatId}/messages", message, cancellationToken).ConfigureAwait(false);
            }

            if (!response.IsSuccess)
            {
                var result = Classify(response);
                LogNotDelivered(logger, chatId, part + 1, messages.Count, result.Outcome, response.ErrorSummary);
                return result;
            }
        }

        return DeliveryResult.Sent;
    }

    /// <summary>At most 25 characters, the same for the same key and part.</summary>
    internal static string Nonce(string idempotencyKey, int part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey + "\n" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(hash)[..DiscordLimits.Nonce];
    }

    private static DeliveryResult Classify(DiscordResponse response) => response.Status switch
    {
        0 when response.MayHaveArrived => new DeliveryResult(DeliveryOutcome.Unknown, "no answer, it may have been posted: " + response.ErrorSummary),
        403 => new DeliveryResult(DeliveryOutcome.Forbidden, "Discord refused: " + response.ErrorSummary),
        404 => new DeliveryResult(DeliveryOutcome.Forbidden, "the channel is gone: " + response.ErrorSummary),
        _ => new DeliveryResult(DeliveryOutcome.Transient, response.ErrorSummary),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord did not take part {Part} of {Parts} for channel {ChannelId} ({Outcome}): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string channelId, int part, int parts, DeliveryOutcome outcome, string reason);
}
