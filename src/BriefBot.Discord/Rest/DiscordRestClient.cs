using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.RateLimiting;
using BriefBot.Discord.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Discord's REST API over HttpClient: waits ahead of per-bucket limits, stays under 50 requests a second,
/// honours 429 <c>retry_after</c> (and the global flag), and stops the transport on 401.
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients,
    IOptions<DiscordOptions> options,
    RateLimitBuckets buckets,
    DiscordTransportState state,
    TimeProvider time,
    ILogger<DiscordRestClient> logger) : IDisposable
{
    public const string HttpClientName = "discord";
    private const int MaxRateLimitRetries = 5;
    private static readonly string UserAgent = "DiscordBot (https://github.com/briefbot/briefbot, 1.0)";

    private readonly RateLimiter _global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 50,
        TokensPerPeriod = 50,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public Task<DiscordResponse> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<DiscordResponse> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<DiscordResponse> PatchAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, path, body, cancellationToken);

    public Task<DiscordResponse> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, body, cancellationToken);

    /// <param name="path">Relative to <see cref="DiscordOptions.ApiBaseUrl"/>, without a leading slash.</param>
    public async Task<DiscordResponse> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var (route, major) = RouteKey.For(method, path);
        for (var attempt = 0; ; attempt++)
        {
            if (state.IsStopped)
            {
                return DiscordResponse.NoAnswer("the Discord transport has stopped: " + state.StopReason);
            }

            await WaitForTurnAsync(route, major, cancellationToken).ConfigureAwait(false);
            var response = await SendOnceAsync(method, path, body, route, major, cancellationToken).ConfigureAwait(false);
            if (response.Response is not { } answer)
            {
                return response.Failure!;
            }

            // Interaction and webhook routes are authorised by their own token: a 401 there ("Invalid Webhook Token",
            // an interaction older than 15 minutes) says nothing about the bot token.
            if (answer.Status == (int)HttpStatusCode.Unauthorized && !IsAuthorisedByOwnToken(path))
            {
                if (state.Stop("Discord rejected the token (401)"))
                {
                    LogUnauthorized(logger, method.Method, route);
                }

                return answer;
            }

            if (answer.Status != (int)HttpStatusCode.TooManyRequests || attempt >= MaxRateLimitRetries)
            {
                return answer;
            }

            var (retryAfter, global) = ReadRetryAfter(answer.Body, response.RetryAfterHeader);
            LogRateLimited(logger, method.Method, route, retryAfter.TotalSeconds, global);
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

    private async Task WaitForTurnAsync(string route, string major, CancellationToken cancellationToken)
    {
        for (var wait = buckets.Reserve(route, major); wait > TimeSpan.Zero; wait = buckets.Reserve(route, major))
        {
            LogWaitingForBucket(logger, route, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        using var lease = await _global.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
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

    public void Dispose() => _global.Dispose();

    private sealed record Attempt(DiscordResponse? Response, DiscordResponse? Failure, TimeSpan? RetryAfterHeader);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord answered 401 Unauthorized to {Method} {Route}: the token is wrong or was reset. The Discord transport has stopped; fix Discord:Token and restart.")]
    private static partial void LogUnauthorized(ILogger logger, string method, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Method} {Route}: retrying after {Seconds} s (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string method, string route, double seconds, bool global);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waiting {Seconds} s for the rate-limit bucket of {Route}")]
    private static partial void LogWaitingForBucket(ILogger logger, string route, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Method} {Route} failed: {Reason}")]
    private static partial void LogNetworkFailure(ILogger logger, string method, string route, string reason);
}
