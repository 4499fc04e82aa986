using BriefBot.Core.Operations;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefBot.Telegram.Api;

/// <summary>
/// Owns the one <see cref="TelegramBotClient"/> and its HttpClient. The library's own 429 retry is off (RetryThreshold 0):
/// our sender paces and retries. The HttpClient is not from IHttpClientFactory, whose logging would print URLs with the token.
/// </summary>
public sealed class BotClientHolder : IDisposable
{
    private readonly HttpClient _http;

    public BotClientHolder(IOptions<TelegramOptions> options, TransportMetrics? metrics = null, BotApiHandlerWrapper? wrap = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var token = value.Token ?? throw new InvalidOperationException("Telegram:Token is not set.");
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (metrics is not null)
        {
            handler = new RateLimitCountingHandler(metrics, TelegramOptions.Platform) { InnerHandler = handler };
        }

        if (wrap is not null)
        {
            handler = wrap(handler);
        }

        _http = new HttpClient(handler)
        {
            // Long polls hold a request open for PollingTimeoutSeconds; leave room for the answer.
            Timeout = TimeSpan.FromSeconds(value.PollingTimeoutSeconds + 30),
        };
        Client = new TelegramBotClient(new TelegramBotClientOptions(token, value.ApiBaseUrl.TrimEnd('/')) { RetryThreshold = 0 }, _http);
        Redactor = new TokenRedactor(token);
    }

    public ITelegramBotClient Client { get; }

    public TokenRedactor Redactor { get; }

    public void Dispose() => _http.Dispose();
}
