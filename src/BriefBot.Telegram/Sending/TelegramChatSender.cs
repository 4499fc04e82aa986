using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// The one way messages leave for Telegram, used by command replies and digests: renders the reply to HTML parts,
/// paces every attempt ahead of time and retries as <see cref="SendRetryPipelines"/> says (5xx, refused connections,
/// 429 and, for replies only, timeouts), reports a refusal (400, 403) without retrying, and logs a message given up
/// at its deadline.
/// </summary>
public sealed class TelegramChatSender(
    BotClientHolder bot,
    TelegramReplyRenderer renderer,
    SendPacer pacer,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramChatSender> logger) : IChatSender
{
    /// <summary>How many 429s in a row one message may meet before it is reported as not delivered (Transient).</summary>
    public const int MaxTooManyRequestsPerMessage = SendRetryPipelines.MaxTooManyRequestsPerMessage;

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly SendRetryPipelines _retries = new(options, time, bot, logger);

    public string Platform => "telegram";

    /// <summary>
    /// Sends a digest (or any message nobody is waiting for): a part whose outcome is unknown (no answer in time) is
    /// not sent again but reported Transient, "outcome unknown", for the caller to decide.
    /// </summary>
    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, target: default, resendWhenUnsure: false, cancellationToken);

    /// <summary>
    /// Sends the answer to a command; the first part answers <paramref name="target"/>'s message, every part goes to
    /// its topic. A part whose outcome is unknown is sent again: the user may see it twice, but never waits in vain.
    /// </summary>
    public Task<DeliveryResult> SendReplyAsync(string chatId, Reply reply, ReplyTarget target, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, target, resendWhenUnsure: true, cancellationToken);

    private async Task<DeliveryResult> SendAsync(string chatId, Reply reply, ReplyTarget target, bool resendWhenUnsure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        var rendered = renderer.Render(reply);
        using var lane = await pacer.EnterAsync(chatId, cancellationToken);
        for (var i = 0; i < rendered.Parts.Count; i++)
        {
            var keyboard = i == rendered.Parts.Count - 1 ? rendered.Keyboard : null;
            var partTarget = i == 0 ? target : target with { MessageId = null };
            var result = await SendPartAsync(lane, chatId, rendered.Parts[i], keyboard, partTarget, resendWhenUnsure, cancellationToken);
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
        bool resendWhenUnsure,
        CancellationToken cancellationToken)
    {
        // If the question was deleted meanwhile, the answer is still sent, just not as a reply.
        var replyTo = target.MessageId is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null;
        var attempt = _retries.Start(chatId, resendWhenUnsure);
        try
        {
            await _retries.RunAsync(
                attempt,
                lane.WaitTurnAsync,
                async ct => await bot.Client.SendMessage(
                    ChatIdOf(chatId),
                    html,
                    parseMode: ParseMode.Html,
                    replyParameters: replyTo,
                    replyMarkup: keyboard,
                    messageThreadId: target.TopicId,
                    linkPreviewOptions: NoPreview,
                    cancellationToken: ct),
                cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(attempt, ex);
        }
    }

    private DeliveryResult Failed(SendAttempt attempt, Exception exception)
    {
        var detail = _retries.Describe(exception);
        switch (SendFailure.Classify(exception))
        {
            case SendFailureKind.Refused:
                TelegramLog.Forbidden(logger, attempt.ChatId, detail);
                return new DeliveryResult(DeliveryOutcome.Forbidden, detail);

            case SendFailureKind.OutcomeUnknown when !attempt.ResendWhenUnsure:
                detail = $"outcome unknown: {detail}; not sent again, it may have arrived";
                TelegramLog.NotDelivered(logger, attempt.ChatId, detail);
                return new DeliveryResult(DeliveryOutcome.Transient, detail);

            default:
                TelegramLog.SendGaveUp(logger, attempt.ChatId, attempt.Attempts, (long)_retries.Elapsed(attempt).TotalSeconds, detail);
                return new DeliveryResult(DeliveryOutcome.Transient, detail);
        }
    }

    private static ChatId ChatIdOf(string chatId) =>
        long.TryParse(chatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new ChatId(id)
            : new ChatId(chatId);
}
