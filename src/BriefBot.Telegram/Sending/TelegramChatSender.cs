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

    /// <summary>How long a request already on its way may still take once the caller stops.</summary>
    public static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(5);

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public string Platform => "telegram";

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, idempotencyKey, target: default, cancellationToken);

    /// <summary>Calls <paramref name="beforeSending"/> once the first part's pacing turn has come, just before it leaves.</summary>
    public Task<DeliveryResult> SendAsync(
        string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, idempotencyKey, target: default, cancellationToken, beforeSending);

    /// <summary>Sends a reply; the first part answers <paramref name="target"/>'s message, every part goes to its topic.</summary>
    public async Task<DeliveryResult> SendAsync(
        string chatId,
        Reply reply,
        string idempotencyKey,
        ReplyTarget target,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeSending = null)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        var rendered = renderer.Render(reply);
        using var lane = await pacer.EnterAsync(chatId, cancellationToken);
        for (var i = 0; i < rendered.Parts.Count; i++)
        {
            var keyboard = i == rendered.Parts.Count - 1 ? rendered.Keyboard : null;
            var partTarget = i == 0 ? target : target with { MessageId = null };
            DeliveryResult result;
            try
            {
                result = await SendPartAsync(lane, chatId, rendered.Parts[i], keyboard, partTarget, i == 0 ? beforeSending : null, cancellationToken);
            }
            catch (OperationCanceledException) when (i > 0)
            {
                return PartlySent(i, rendered.Parts.Count, "stopped");
            }

            if (result.Outcome != DeliveryOutcome.Sent)
            {
                // Sending the whole reply again would repeat the parts already delivered.
                return i > 0 && result.Outcome == DeliveryOutcome.Transient ? PartlySent(i, rendered.Parts.Count, result.Detail) : result;
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
        Func<CancellationToken, Task>? beforeSending,
        CancellationToken cancellationToken)
    {
        // If the question was deleted meanwhile, the answer is still sent, just not as a reply.
        var replyTo = target.MessageId is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null;
        using var turn = await lane.WaitTurnAsync(cancellationToken);
        if (beforeSending is not null)
        {
            await beforeSending(cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            // Stopping cancels the waits at once, but gives a request already on its way a moment to be answered,
            // so that its outcome is known rather than in doubt.
            using var request = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
            using var stopping = cancellationToken.Register(static r => ((CancellationTokenSource)r!).CancelAfter(InFlightGrace), request);
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
                    cancellationToken: request.Token);
                return DeliveryResult.Sent;
            }
            catch (Exception ex) when (BotApiErrors.MayHaveArrived(ex, request.Token))
            {
                // No answer after the request left (timeout, reset, stopped in flight): sending it again could post it twice.
                var detail = request.IsCancellationRequested ? "stopped while the request was on its way" : bot.Redactor.Describe(ex);
                TelegramLog.NotDelivered(logger, chatId, "outcome unknown: " + detail);
                return new DeliveryResult(DeliveryOutcome.Unknown, detail);
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
                // Refused connections and 5xx answers: not accepted; the caller may try again later.
                var detail = bot.Redactor.Describe(ex);
                TelegramLog.NotDelivered(logger, chatId, detail);
                return new DeliveryResult(DeliveryOutcome.Transient, detail);
            }
        }
    }

    private static DeliveryResult PartlySent(int sent, int parts, string? detail) =>
        new(DeliveryOutcome.Unknown, $"{sent} of {parts} parts sent, then {detail ?? "a failure"}");

    private static ChatId ChatIdOf(string chatId) =>
        long.TryParse(chatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new ChatId(id)
            : new ChatId(chatId);
}
