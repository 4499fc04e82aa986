using BriefBot.Core.Resilience;
using System.Text.Json;
using BriefBot.Core.Operations;
using BriefBot.Discord.Configuration;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: connects, resumes after op 7, op 9 (true), dropped sockets, resumable close
/// codes and zombie connections; identifies afresh after op 9 (false), 4007 and 4009; stops for good on 4004 and
/// 4010–4014; backs off between attempts that never reached READY.
/// </summary>
internal sealed partial class DiscordGateway(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    DiscordTransportState state,
    GatewayJitter jitter,
    RetryJitter retryJitter,
    TimeProvider time,
    ILogger<DiscordGateway> logger,
    [FromKeyedServices(DiscordOptions.Platform)] PlatformContact? contact = null)
{
    private const int ResumeAttempts = 3;
    private readonly Backoff _reconnecting = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), retryJitter);

    /// <summary>Runs until <paramref name="stopping"/> fires or the gateway closes fatally.</summary>
    public async Task RunAsync(Action<string, JsonElement> onDispatch, CancellationToken stopping)
    {
        var session = new GatewaySession();
        string? gatewayUrl = null;
        var failures = 0;
        while (!stopping.IsCancellationRequested && !state.IsStopped)
        {
            if (failures > 0)
            {
                var backoff = _reconnecting.DelayAfter(failures);
                LogBackingOff(logger, backoff.TotalSeconds, failures);
                await Task.Delay(backoff, time, stopping).ConfigureAwait(false);
            }

            if (!session.CanResume && gatewayUrl is null)
            {
                gatewayUrl = await ResolveGatewayUrlAsync(stopping).ConfigureAwait(false);
                if (gatewayUrl is null)
                {
                    failures++;
                    continue;
                }
            }

            var target = session.CanResume ? session.ResumeUrl! : gatewayUrl!;
            GatewayOutcome outcome;
            using (var connection = new GatewayConnection(options.Value, session, time, jitter, onDispatch, logger, contact))
            {
                outcome = await connection.RunAsync(WithQuery(target), stopping).ConfigureAwait(false);
            }

            contact?.Lost("the gateway connection ended: " + outcome.Reason);

            failures = outcome.ReachedReady ? 0 : failures + 1;
            if (failures >= ResumeAttempts && session.CanResume)
            {
                // The resume address may be gone for good; a new session on the main address is the way back.
                session.Forget();
            }

            switch (outcome.Next)
            {
                case GatewayNext.Shutdown:
                    LogClosed(logger);
                    return;
                case GatewayNext.Stop:
                    state.Stop("the gateway closed with " + outcome.CloseCode);
                    LogFatal(logger, outcome.CloseCode, outcome.Reason);
                    return;
                case GatewayNext.Identify:
                    session.Forget();
                    LogReconnecting(logger, outcome.Reason, "identify afresh");
                    break;
                default:
                    LogReconnecting(logger, outcome.Reason, session.CanResume ? "resume" : "identify");
                    break;
            }
        }
    }

    private async Task<string?> ResolveGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return configured;
        }

        var response = await rest.GetAsync("gateway/bot", cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            LogGatewayLookupFailed(logger, response.ErrorSummary);
            return null;
        }

        var answer = response.Json();
        if (answer.TryGetProperty("session_start_limit", out var limit)
            && limit.TryGetProperty("remaining", out var remaining) && remaining.GetInt32() == 0
            && limit.TryGetProperty("reset_after", out var resetAfter))
        {
            // Discord allows about 1,000 identifies a day; past that it resets the token.
            var wait = TimeSpan.FromMilliseconds(resetAfter.GetDouble());
            LogSessionLimit(logger, wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return answer.GetProperty("url").GetString();
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length > 0 ? query + "&" : string.Empty) + "v=10&encoding=json";
        return builder.Uri;
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connection ended ({Reason}): reconnecting to {Action}")]
    private static partial void LogReconnecting(ILogger logger, string reason, string action);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway closed with {CloseCode} ({Reason}). This cannot be retried: the Discord transport has stopped.")]
    private static partial void LogFatal(ILogger logger, int? closeCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting {Seconds} s before reconnecting to the Discord gateway (attempt {Failures} failed)")]
    private static partial void LogBackingOff(ILogger logger, double seconds, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not get the Discord gateway address: {Reason}")]
    private static partial void LogGatewayLookupFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord's daily session starts are used up: waiting {Minutes:0} minutes before identifying")]
    private static partial void LogSessionLimit(ILogger logger, double minutes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway closed")]
    private static partial void LogClosed(ILogger logger);
}
