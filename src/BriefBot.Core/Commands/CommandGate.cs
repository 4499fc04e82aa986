using BriefBot.Core.Commands.Throttling;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Commands;

/// <summary>
/// Where every platform's commands come in: the per-user throttle (chat platforms only), the router, the platform's own
/// delivery, then one log line per command with the same fields on every platform. As an <see cref="ICommandRouter"/>
/// (the console, <c>ask</c>) the reply itself is the delivery.
/// </summary>
public sealed partial class CommandGate(ICommandRouter router, CommandThrottle? throttle, TimeProvider time, ILogger<CommandGate> logger) : ICommandRouter
{
    public IReadOnlyList<ICommandHandler> Commands => router.Commands;

    /// <param name="deliver">
    /// The platform's part: given the reply on its way (it runs off the caller's thread), sends it and returns a note on
    /// how that went for the log line (null when it was sent as usual). A reply with <see cref="ReplyStatus.Silenced"/>
    /// is for no one: a platform that can stay silent does.
    /// </param>
    public async Task RunAsync(string text, CommandContext context, Func<Task<Reply>, Task<string?>> deliver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(deliver);
        var started = time.GetTimestamp();
        var replying = AnswerAsync(text, context, cancellationToken);
        var note = await deliver(replying).ConfigureAwait(false);
        var status = replying.IsCompletedSuccessfully ? replying.Result.Status.ToString() : nameof(ReplyStatus.Failed);
        LogHandled(
            logger,
            context.Platform,
            context.ChatId,
            context.UserId,
            CommandName(text),
            note is null ? status : $"{status}, {note}",
            (long)time.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        Reply? reply = null;
        await RunAsync(text, context, async replying =>
        {
            reply = await replying.ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        return reply!;
    }

    private async Task<Reply> AnswerAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        var decision = throttle?.Check(context.Platform, context.UserId) ?? ThrottleDecision.Allow;
        if (decision != ThrottleDecision.Allow)
        {
            LogThrottled(logger, context.UserId, context.ChatId, decision, context.Platform);
            return decision == ThrottleDecision.SlowDown ? CommandThrottle.SlowDownReply : CommandThrottle.SilencedReply;
        }

        // Handlers mostly finish synchronously; the platform waits on the reply meanwhile (Discord defers after a while).
        await Task.Yield();
        return await router.HandleAsync(text, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The command as it is counted: a registered name, else "unknown" or "invalid" (never what the user typed).</summary>
    private string CommandName(string text) => CommandLine.Parse(text) switch
    {
        null => "invalid",
        var (name, _) when router.Commands.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)) => name,
        _ => "unknown",
    };

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Command handled: platform={Platform} chat={ChatId} user={UserId} command={Command} outcome={Outcome} latencyMs={LatencyMs}")]
    private static partial void LogHandled(ILogger logger, string platform, string chatId, string userId, string command, string outcome, long latencyMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "User {UserId} in chat {ChatId} is over the command limit: {Decision} ({Platform})")]
    private static partial void LogThrottled(ILogger logger, string userId, string chatId, ThrottleDecision decision, string platform);
}
