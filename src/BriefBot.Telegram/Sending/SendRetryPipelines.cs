using BriefBot.Core.Delivery;
using BriefBot.Core.Resilience;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// How one message is retried (Polly, on the injected clock): 5xx and refused connections after the shared
/// <see cref="Backoff"/> (1 s doubling up to Telegram:Sending:MaxRetryDelaySeconds, 50–100 % jitter) until Telegram:Sending:RetryForSeconds after
/// the first attempt; a 429 after its retry_after (at most <see cref="MaxTooManyRequestsPerMessage"/> in a row);
/// 400, 403 and other 4xx never. Each attempt waits its pacing turn (held until the answer, at most
/// <see cref="LeavingTurn.ArrivalAllowance"/> after the request left), then gets Telegram:Sending:RequestTimeoutSeconds
/// for its answer. A message without an answer (timeout, broken connection) may have arrived: a reply is sent again
/// (a duplicate answer is less bad than none), a digest is not (the delivery ledger decides; Telegram has no
/// idempotency key). Once the caller stops, the waits end at once, but a request already on its way gets
/// <see cref="InFlightGrace"/> to be answered, so its outcome is known rather than in doubt.
/// </summary>
internal sealed class SendRetryPipelines
{
    /// <summary>How many 429s in a row one message may meet before it is reported as not delivered.</summary>
    public const int MaxTooManyRequestsPerMessage = 5;

    /// <summary>How long a request already on its way may still take once the caller stops.</summary>
    public static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(5);

    private static readonly ResiliencePropertyKey<SendAttempt> AttemptKey = new("BriefBot.Telegram.SendAttempt");

    private readonly TimeProvider _time;
    private readonly TimeSpan _retryFor;
    private readonly TokenRedactor _redactor;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _requestTimeout;

    public SendRetryPipelines(IOptions<TelegramOptions> options, TimeProvider time, RetryJitter jitter, BotClientHolder bot, ILogger<TelegramChatSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        var sending = options.Value.Sending;
        _time = time;
        _retryFor = TimeSpan.FromSeconds(sending.RetryForSeconds);
        _redactor = bot.Redactor;
        _logger = logger;
        RequestTimeout = TimeSpan.FromSeconds(sending.RequestTimeoutSeconds);
        _requestTimeout = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(RequestTimeout).Build();
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(sending.MaxRetryDelaySeconds), jitter);
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                Delay = backoff.First,
                MaxDelay = backoff.Cap,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome.Exception)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Exception is { } ex && BotApiErrors.IsTooManyRequests(ex, out var retryAfter) ? retryAfter : backoff.DelayAfter(args.AttemptNumber + 1)),
                OnRetry = async args =>
                {
                    var attempt = args.Context.Properties.GetValue(AttemptKey, null!);
                    if (attempt is { Claim: { } claim, MayHaveArrived: false })
                    {
                        // Nothing was accepted and nothing is on its way: the wait is not in doubt, so it holds no claim.
                        await claim.GiveBackAsync(CancellationToken.None);
                    }

                    LogRetry(attempt, args.Outcome.Exception!, args.RetryDelay);
                },
            })
            .Build();
    }

    public TimeSpan RequestTimeout { get; }

    /// <summary>
    /// Runs the attempts: each waits for its turn (<paramref name="waitTurn"/>, not timed: pacing may rightly take
    /// long), takes the attempt's claim if it has one (given back in each back-off after a refusal), then sends
    /// (<paramref name="send"/>) within the request timeout, and <see cref="InFlightGrace"/> after
    /// <paramref name="cancellationToken"/> at most. Throws the last failure; what taking the claim threw comes as a
    /// <see cref="ClaimFailedException"/>, never retried.
    /// </summary>
    public async Task<SendAttempt> RunAsync(
        SendAttempt attempt,
        Func<CancellationToken, Task<IDisposable>> waitTurn,
        Func<CancellationToken, ValueTask> send,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptKey, attempt);
        try
        {
            await _retry.ExecuteAsync(
                async ctx =>
                {
                    attempt.Attempts++;
                    var turn = await waitTurn(ctx.CancellationToken);
                    try
                    {
                        if (attempt.Claim is { } claim)
                        {
                            await TakeAsync(claim, ctx.CancellationToken);
                        }
                    }
                    catch
                    {
                        turn.Dispose();
                        throw;
                    }

                    // The turn's window starts at the answer, or half a second after the request left if none came by
                    // then: a request that hangs to its timeout does not hold up other chats' turns.
                    using var leaving = LeavingTurn.Start(turn, _time);

                    using var request = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
                    using var stopping = ctx.CancellationToken.Register(static r => ((CancellationTokenSource)r!).CancelAfter(InFlightGrace), request);
                    try
                    {
                        await _requestTimeout.ExecuteAsync(send, request.Token);
                    }
                    catch (Exception ex) when (request.IsCancellationRequested || SendFailure.Classify(ex) == SendFailureKind.OutcomeUnknown)
                    {
                        attempt.MayHaveArrived = true;
                        attempt.StoppedInFlight = request.IsCancellationRequested;
                        throw;
                    }
                },
                context);
            return attempt;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public SendAttempt Start(string chatId, bool resendWhenUnsure, IDeliveryClaim? claim) => new(chatId, resendWhenUnsure, _time.GetUtcNow()) { Claim = claim };

    public TimeSpan Elapsed(SendAttempt attempt) => _time.GetUtcNow() - attempt.Started;

    public string Describe(Exception exception) => SendFailure.Describe(exception, RequestTimeout, _redactor);

    private static async Task TakeAsync(IDeliveryClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await claim.TakeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ClaimFailedException(ex);
        }
    }

    private bool ShouldRetry(ResilienceContext context, Exception? exception)
    {
        if (exception is null or ClaimFailedException || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var attempt = context.Properties.GetValue(AttemptKey, null!);
        return SendFailure.Classify(exception) switch
        {
            SendFailureKind.TooManyRequests => ++attempt.TooManyRequests < MaxTooManyRequestsPerMessage,
            SendFailureKind.NotDelivered => Elapsed(attempt) < _retryFor,
            SendFailureKind.OutcomeUnknown => attempt.ResendWhenUnsure && Elapsed(attempt) < _retryFor,
            _ => false,
        };
    }

    private void LogRetry(SendAttempt attempt, Exception exception, TimeSpan delay)
    {
        if (BotApiErrors.IsTooManyRequests(exception, out var retryAfter))
        {
            TelegramLog.TooManyRequests(_logger, attempt.ChatId, retryAfter.TotalSeconds);
            return;
        }

        var reason = Describe(exception);
        if (SendFailure.Classify(exception) == SendFailureKind.OutcomeUnknown)
        {
            reason += " (sent again: it may arrive twice)";
        }

        TelegramLog.SendRetrying(_logger, attempt.ChatId, (long)delay.TotalMilliseconds, attempt.Attempts, reason);
    }
}

/// <summary>One message's attempts so far.</summary>
internal sealed class SendAttempt(string chatId, bool resendWhenUnsure, DateTimeOffset started)
{
    public string ChatId { get; } = chatId;

    /// <summary>True for replies: a message whose outcome is unknown is sent again.</summary>
    public bool ResendWhenUnsure { get; } = resendWhenUnsure;

    public DateTimeOffset Started { get; } = started;

    /// <summary>The delivery ledger's claim, taken just before each attempt leaves and given back in a back-off after a refusal.</summary>
    public IDeliveryClaim? Claim { get; init; }

    public int Attempts { get; set; }

    public int TooManyRequests { get; set; }

    /// <summary>An attempt left without an answer (timeout, broken connection, stopped in flight): it may have arrived.</summary>
    public bool MayHaveArrived { get; set; }

    /// <summary>The last attempt was still on its way when the caller stopped and the grace ran out.</summary>
    public bool StoppedInFlight { get; set; }
}

/// <summary>Taking the claim failed (another run has the digest): not a send failure, and nothing was sent.</summary>
internal sealed class ClaimFailedException(Exception inner) : Exception("The delivery could not be claimed.", inner);
