using BriefBot.Core.Resilience;
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
/// at its deadline. A message that may have arrived without an answer is <see cref="DeliveryOutcome.Unknown"/> for
/// digests (never sent again); stopped while waiting, it throws; stopped while a request is on its way, that request
/// gets <see cref="InFlightGrace"/> to be answered, then the outcome is Unknown.
/// </summary>
public sealed class TelegramChatSender(
    BotClientHolder bot,
    TelegramReplyRenderer renderer,
    SendPacer pacer,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    RetryJitter jitter,
    ILogger<TelegramChatSender> logger) : IChatSender
{
    /// <summary>How many 429s in a row one message may meet before it is reported as not delivered (Transient).</summary>
    public const int MaxTooManyRequestsPerMessage = SendRetryPipelines.MaxTooManyRequestsPerMessage;

    /// <summary>How long a request already on its way may still take once the caller stops.</summary>
    public static readonly TimeSpan InFlightGrace = SendRetryPipelines.InFlightGrace;

    /// <summary>How long after it left a request without an answer holds its pacing permits (see <see cref="LeavingTurn"/>).</summary>
    public static readonly TimeSpan ArrivalAllowance = LeavingTurn.ArrivalAllowance;

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly SendRetryPipelines _retries = new(options, time, jitter, bot, logger);

    public string Platform => "telegram";

    /// <summary>
    /// Sends a digest (or any message nobody is waiting for): a part whose outcome is unknown (no answer in time, a
    /// broken connection) is not sent again but reported <see cref="DeliveryOutcome.Unknown"/>.
    /// </summary>
    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, target: default, resendWhenUnsure: false, claim: null, cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/>, calling <paramref name="beforeSending"/>
    /// once the first part's pacing turn has come, just before its first request leaves (not again on a retry). What
    /// it throws goes to the caller, and nothing is sent.
    /// </summary>
    public Task<DeliveryResult> SendAsync(
        string chatId, Reply reply, string idempotencyKey, Func<CancellationToken, Task> beforeSending, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, idempotencyKey, DeliveryClaim.Once(beforeSending), cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(string, Reply, string, CancellationToken)"/> under <paramref name="claim"/>: taken
    /// when the first part's pacing turn has come, just before each of its attempts leaves; given back in each back-off
    /// after a 429, a 5xx or a refused connection (nothing accepted). Later parts are sent under the claim as it stands.
    /// What taking it throws goes to the caller, and nothing more is sent.
    /// </summary>
    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, IDeliveryClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return SendAsync(chatId, reply, target: default, resendWhenUnsure: false, claim, cancellationToken);
    }

    /// <summary>
    /// Sends the answer to a command; the first part answers <paramref name="target"/>'s message, every part goes to
    /// its topic. A part whose outcome is unknown is sent again: the user may see it twice, but never waits in vain.
    /// </summary>
    public Task<DeliveryResult> SendReplyAsync(string chatId, Reply reply, ReplyTarget target, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, target, resendWhenUnsure: true, claim: null, cancellationToken);

    private async Task<DeliveryResult> SendAsync(
        string chatId,
        Reply reply,
        ReplyTarget target,
        bool resendWhenUnsure,
        IDeliveryClaim? claim,
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
            DeliveryResult result;
            try
            {
                result = await SendPartAsync(
                    lane, chatId, rendered.Parts[i], keyboard, partTarget, resendWhenUnsure, i == 0 ? claim : null, cancellationToken);
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
        bool resendWhenUnsure,
        IDeliveryClaim? claim,
        CancellationToken cancellationToken)
    {
        // If the question was deleted meanwhile, the answer is still sent, just not as a reply.
        var replyTo = target.MessageId is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null;
        var attempt = _retries.Start(chatId, resendWhenUnsure, claim);
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
        catch (ClaimFailedException ex)
        {
            // Another run has this digest: what the claim threw reaches the caller, not counted as a send failure.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException!);
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(attempt, ex);
        }
        catch (Exception ex) when (attempt.MayHaveArrived)
        {
            // Stopped, but a request had left without an answer: it may have arrived, so it must not be sent again.
            var detail = attempt.StoppedInFlight ? "stopped while the request was on its way" : _retries.Describe(ex);
            TelegramLog.NotDelivered(logger, chatId, "outcome unknown: " + detail);
            return new DeliveryResult(DeliveryOutcome.Unknown, detail);
        }
        catch (Exception ex) when (SendFailure.Classify(ex) == SendFailureKind.Refused)
        {
            return Failed(attempt, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Stopped, and the last answer said it was not delivered: nothing of this part was accepted.
            throw new OperationCanceledException("Stopped; not sent: " + _retries.Describe(ex), ex, cancellationToken);
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
                // Telegram has no idempotency key: sending it again could post it twice (the digest ledger records 'unknown').
                TelegramLog.NotDelivered(logger, attempt.ChatId, $"outcome unknown: {detail}; not sent again, it may have arrived");
                return new DeliveryResult(DeliveryOutcome.Unknown, detail);

            default:
                TelegramLog.SendGaveUp(logger, attempt.ChatId, attempt.Attempts, (long)_retries.Elapsed(attempt).TotalSeconds, detail);
                return new DeliveryResult(DeliveryOutcome.Transient, detail);
        }
    }

    private static DeliveryResult PartlySent(int sent, int parts, string? detail) =>
        new(DeliveryOutcome.Unknown, $"{sent} of {parts} parts sent, then {detail ?? "a failure"}");

    private static ChatId ChatIdOf(string chatId) =>
        long.TryParse(chatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new ChatId(id)
            : new ChatId(chatId);
}
