using BriefBot.Core.Resilience;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BriefBot.Core.Delivery;
using BriefBot.Discord.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Discord's REST API over HttpClient: waits ahead of per-bucket limits and the global 50 requests a second
/// (interaction endpoints are exempt, as at Discord), honours 429 <c>retry_after</c> (and the global flag), retries
/// 5xx and network failures with back-off within a window the caller grants for requests that are safe to repeat,
/// and stops the transport on 401.
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients,
    IOptions<DiscordOptions> options,
    RateLimitBuckets buckets,
    DiscordTransportState state,
    RetryJitter jitter,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    /// <summary>How long a digest post (made safe to repeat by its nonce) is retried through 5xx and network failures.</summary>
    public static readonly TimeSpan DeliveryRetryWindow = TimeSpan.FromSeconds(30);

    /// <summary>An interaction must be answered within 3 s of its creation: retries stop well inside that.</summary>
    public static readonly TimeSpan CallbackRetryWindow = TimeSpan.FromSeconds(2.5);

    private const int MaxRateLimitRetries = 5;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(0.25);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);
    private static readonly string UserAgent = "DiscordBot (https://github.com/briefbot/briefbot, 1.0)";

    public Task<DiscordResponse> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <param name="retryFor">How long to retry 5xx and network failures; only for a post that is safe to repeat.</param>
    public Task<DiscordResponse> PostAsync(string path, object body, CancellationToken cancellationToken, TimeSpan retryFor = default) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken, retryFor);

    /// <summary>
    /// Posts a message made safe to repeat by its nonce (<c>enforce_nonce</c>), retrying 5xx, 429 and lost answers
    /// within <paramref name="retryFor"/>. <paramref name="claim"/> is taken after each attempt's turn has come, just
    /// before it leaves, and given back in a wait after a 5xx or a 429 while no attempt so far may have arrived (it stays
    /// held once one may have); what taking it throws propagates and nothing more is sent. Stopped
    /// (<paramref name="cancellationToken"/>) before any attempt may have arrived, it throws; stopped after one may have
    /// (in flight, or in a back-off after an unanswered attempt), it returns no answer with
    /// <see cref="DiscordResponse.MayHaveArrived"/>. A failed answer carries <see cref="DiscordResponse.MayHaveArrived"/>
    /// when any attempt went unanswered after leaving.
    /// </summary>
    public async Task<DiscordResponse> PostRepeatableAsync(
        string path, object body, TimeSpan retryFor, IDeliveryClaim? claim, CancellationToken cancellationToken)
    {
        var progress = new Progress();
        try
        {
            return await SendAsync(HttpMethod.Post, path, body, retryFor, claim, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && (progress.InFlight || progress.MayHaveArrived))
        {
            LogStoppedInDoubt(logger, HttpMethod.Post.Method, RouteKey.For(HttpMethod.Post, path).Route);
            return DiscordResponse.NoAnswer("stopped after a request that may have arrived") with { MayHaveArrived = true };
        }
    }

    public Task<DiscordResponse> PatchAsync(string path, object body, CancellationToken cancellationToken, TimeSpan retryFor = default) =>
        SendAsync(HttpMethod.Patch, path, body, cancellationToken, retryFor);

    public Task<DiscordResponse> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, body, cancellationToken);

    /// <param name="path">Relative to <see cref="DiscordOptions.ApiBaseUrl"/>, without a leading slash.</param>
    /// <param name="retryFor">
    /// How long 5xx answers and network failures are retried with back-off (0.25 s doubling to 8 s); zero sends
    /// once. A 5xx may come after Discord acted, so only requests that are safe to repeat get a window.
    /// </param>
    public Task<DiscordResponse> SendAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, TimeSpan retryFor = default) =>
        SendAsync(method, path, body, retryFor, claim: null, new Progress(), cancellationToken);

    private async Task<DiscordResponse> SendAsync(
        HttpMethod method,
        string path,
        object? body,
        TimeSpan retryFor,
        IDeliveryClaim? claim,
        Progress progress,
        CancellationToken cancellationToken)
    {
        var (route, major) = RouteKey.For(method, path);
        var interaction = IsAuthorisedByOwnToken(path);
        var started = time.GetTimestamp();
        var retries = new Backoff(FirstBackoff, MaxBackoff, jitter);
        for (var rateLimited = 0; ;)
        {
            if (state.IsStopped)
            {
                return DiscordResponse.NoAnswer("the Discord transport has stopped: " + state.StopReason) with { MayHaveArrived = progress.MayHaveArrived };
            }

            await WaitForTurnAsync(route, major, interaction, cancellationToken).ConfigureAwait(false);
            if (claim is not null)
            {
                await claim.TakeAsync(cancellationToken).ConfigureAwait(false);
            }

            progress.InFlight = true;
            var response = await SendOnceAsync(method, path, body, route, major, cancellationToken).ConfigureAwait(false);
            progress.InFlight = false;
            var answer = response.Response ?? response.Failure!;
            progress.MayHaveArrived |= answer.MayHaveArrived;
            if (answer.Status is 0 or >= 500)
            {
                var backoff = retries.NextDelay();
                if (state.IsStopped || time.GetElapsedTime(started) + backoff > retryFor)
                {
                    return answer with { MayHaveArrived = progress.MayHaveArrived };
                }

                LogRetryingServerError(logger, method.Method, route, answer.ErrorSummary, backoff.TotalSeconds);
                await GiveBackUnlessInDoubtAsync(claim, progress).ConfigureAwait(false);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Interaction and webhook routes are authorised by their own token: a 401 there ("Invalid Webhook Token",
            // an interaction older than 15 minutes) says nothing about the bot token.
            if (answer.Status == (int)HttpStatusCode.Unauthorized && !interaction)
            {
                if (state.Stop("Discord rejected the token (401)"))
                {
                    LogUnauthorized(logger, method.Method, route);
                }

                return answer;
            }

            if (answer.Status != (int)HttpStatusCode.TooManyRequests || rateLimited++ >= MaxRateLimitRetries)
            {
                return answer.IsSuccess ? answer : answer with { MayHaveArrived = progress.MayHaveArrived };
            }

            var (retryAfter, global) = ReadRetryAfter(answer.Body, response.RetryAfterHeader);
            LogRateLimited(logger, method.Method, route, retryAfter.TotalSeconds, global);
            await GiveBackUnlessInDoubtAsync(claim, progress).ConfigureAwait(false);
            if (global)
            {
                buckets.BlockGlobally(retryAfter);
            }
            else
            {
                await Task.Delay(retryAfter, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A wait after refusals only holds nothing in doubt, so it holds no claim; after an unanswered attempt it does.
    private static Task GiveBackUnlessInDoubtAsync(IDeliveryClaim? claim, Progress progress) =>
        claim is null || progress.MayHaveArrived ? Task.CompletedTask : claim.GiveBackAsync(CancellationToken.None);

    private async Task WaitForTurnAsync(string route, string major, bool interaction, CancellationToken cancellationToken)
    {
        for (var wait = buckets.Reserve(route, major, interaction); wait > TimeSpan.Zero; wait = buckets.Reserve(route, major, interaction))
        {
            LogWaitingForBucket(logger, route, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Attempt> SendOnceAsync(
        HttpMethod method, string path, object? body, string route, string major, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BareToken);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);
        }

        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            buckets.Update(route, major, response.Headers);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new Attempt(new DiscordResponse((int)response.StatusCode, text), null, response.Headers.RetryAfter?.Delta);
        }
        catch (HttpRequestException ex)
        {
            LogNetworkFailure(logger, method.Method, route, ex.Message);
            var neverLeft = ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
            return new Attempt(null, DiscordResponse.NoAnswer("network failure: " + ex.Message) with { MayHaveArrived = !neverLeft }, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogNetworkFailure(logger, method.Method, route, "timed out");
            return new Attempt(null, DiscordResponse.NoAnswer("timed out") with { MayHaveArrived = true }, null);
        }
    }

    private static bool IsAuthorisedByOwnToken(string path) =>
        path.StartsWith("webhooks/", StringComparison.Ordinal) || path.StartsWith("interactions/", StringComparison.Ordinal);

    private Uri BaseUri => new(options.Value.ApiBaseUrl.TrimEnd('/') + "/");

    private static (TimeSpan RetryAfter, bool Global) ReadRetryAfter(string body, TimeSpan? header)
    {
        var seconds = header?.TotalSeconds ?? 1;
        var global = false;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("retry_after", out var retry) && retry.TryGetDouble(out var value))
            {
                seconds = value;
            }

            global = root.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600)), global);
    }

    /// <summary>Whether an attempt is on its way, and whether one left and went unanswered (it may have arrived).</summary>
    private sealed class Progress
    {
        public bool InFlight { get; set; }

        public bool MayHaveArrived { get; set; }
    }

    private sealed record Attempt(DiscordResponse? Response, DiscordResponse? Failure, TimeSpan? RetryAfterHeader);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord answered 401 Unauthorized to {Method} {Route}: the token is wrong or was reset. The Discord transport has stopped; fix Discord:Token and restart.")]
    private static partial void LogUnauthorized(ILogger logger, string method, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Method} {Route}: retrying after {Seconds} s (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string method, string route, double seconds, bool global);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waiting {Seconds} s for the rate-limit bucket of {Route}")]
    private static partial void LogWaitingForBucket(ILogger logger, string route, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord answered {Method} {Route} with {Reason}: trying again in {Seconds} s")]
    private static partial void LogRetryingServerError(ILogger logger, string method, string route, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Method} {Route} stopped after an attempt that may have arrived: reported in doubt")]
    private static partial void LogStoppedInDoubt(ILogger logger, string method, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Method} {Route} failed: {Reason}")]
    private static partial void LogNetworkFailure(ILogger logger, string method, string route, string reason);
}
