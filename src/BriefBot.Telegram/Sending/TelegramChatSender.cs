using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// The one way messages leave for Telegram, used by command replies and digests: renders the reply to HTML parts,
/// paces every part ahead of time, waits out a 429 and sends the same part again (a 429 means it was not delivered,
/// so it is never sent twice), and reports a refusal (403) without retrying.
/// </summary>
public sealed class TelegramChatSender(
    BotClientHolder bot,
    TelegramReplyRenderer renderer,
    SendPacer pacer,
    TimeProvider time,
    ILogger<TelegramChatSender> logger) : IChatSender
{
    /// <summary>How many 429s in a row one message may meet before it is reported as not delivered (Transient).</summary>
    public const int MaxTooManyRequestsPerMessage = 5;

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public string Platform => "telegram";

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, idempotencyKey, target: default, cancellationToken);

    /// <summary>Sends a reply; the first part answers <paramref name="target"/>'s message, every part goes to its topic.</summary>
    public async Task<DeliveryResult> SendAsync(
        string chatId,
        Reply reply,
        string idempotencyKey,
        ReplyTarget target,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        var rendered = renderer.Render(reply);
        using var lane = await pacer.EnterAsync(chatId, cancellationToken);
        for (var i = 0; i < rendered.Parts.Count; i++)
        {
            var keyboard = i == rendered.Parts.Count - 1 ? rendered.Keyboard : null;
            var partTarget = i == 0 ? target : target with { MessageId = null };
            var result = await SendPartAsync(lane, chatId, rendered.Parts[i], keyboard, partTarget, cancellationToken);
            if (result.Outcome != DeliveryOutcome.Sent)
            {
                return result;
            }
        }

        return DeliveryResult.Sent;
    }

    private async Task<DeliveryResult> SendPartAsync(
        SendPacer.ChatLane lane,
        string chatId,
        string html,
        InlineKeyboardMarkup? keyboard,
        ReplyTarget target,
        CancellationToken cancellationToken)
    {
        // If the question was deleted meanwhile, the answer is still sent, just not as a reply.
        var replyTo = target.MessageId is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null;
        using var turn = await lane.WaitTurnAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await bot.Client.SendMessage(
                    ChatIdOf(chatId),
                    html,
                    parseMode: ParseMode.Html,
                    replyParameters: replyTo,
                    replyMarkup: keyboard,
                    messageThreadId: target.TopicId,
                    linkPreviewOptions: NoPreview,
                    cancellationToken: cancellationToken);
                return DeliveryResult.Sent;
            }
            catch (Exception ex) when (BotApiErrors.IsTooManyRequests(ex, out var retryAfter) && attempt < MaxTooManyRequestsPerMessage)
            {
                TelegramLog.TooManyRequests(logger, chatId, retryAfter.TotalSeconds);
                await Task.Delay(retryAfter, time, cancellationToken);
            }
            catch (Exception ex) when (BotApiErrors.IsForbidden(ex))
            {
                var detail = bot.Redactor.Describe(ex);
                TelegramLog.Forbidden(logger, chatId, detail);
                return new DeliveryResult(DeliveryOutcome.Forbidden, detail);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Network errors and 5xx: the message may or may not have arrived, so it is not resent here.
                var detail = bot.Redactor.Describe(ex);
                TelegramLog.NotDelivered(logger, chatId, detail);
                return new DeliveryResult(DeliveryOutcome.Transient, detail);
            }
        }
    }

    private static ChatId ChatIdOf(string chatId) =>
        long.TryParse(chatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new ChatId(id)
            : new ChatId(chatId);
}
