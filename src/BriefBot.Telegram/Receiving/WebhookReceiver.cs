using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefBot.Core.Coordination;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: a small Kestrel endpoint on Telegram:WebhookListenUrl at the path of Telegram:WebhookUrl.
/// Requests without the right X-Telegram-Bot-Api-Secret-Token get 401; good ones get 200 at once
/// and their command runs in the background (in order within a chat). An update delivered again is acknowledged
/// and not run twice. In flight is bounded as in polling: over a chat's limit an update is logged and not run; over the
/// limit in all, the request gets 503 and Telegram delivers it again later.
/// </summary>
public sealed class WebhookReceiver(
    TelegramUpdateHandler handler,
    IEnumerable<IHandledUpdates> handledUpdates,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger,
    IWebhookRouteHost? routeHost = null) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly ChatOrderedRunner _runner = new(options.Value.Receiving.MaxUpdatesPerChat);
    private readonly RecentUpdateIds _recent = new(capacity: 10_000);
    private readonly IHandledUpdates? _handledUpdates = handledUpdates.LastOrDefault();
    private readonly CancellationTokenSource _stopping = new();
    private readonly HashSet<Task> _running = [];
    private readonly Lock _gate = new();
    private WebApplication? _app;

    /// <summary>The address Kestrel actually listens on (useful when the configured port is 0).</summary>
    public Uri? ListeningAddress { get; private set; }

    public string Path { get; } = PathOf(options.Value.WebhookUrl);

    /// <summary>Maps the webhook path onto a listener the host owns (see <see cref="IWebhookRouteHost"/>).</summary>
    public void MapTo(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, (Delegate)ReceiveAsync);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (routeHost?.ServesWebhook == true)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.WebhookListenUrl);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        MapTo(app);
        await app.StartAsync(cancellationToken);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? options.Value.WebhookListenUrl;
        ListeningAddress = new Uri(address);
        TelegramLog.WebhookListening(logger, address, Path);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }

        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        // Let commands in flight finish until the host's shutdown timeout, then cancel them.
        await using (cancellationToken.Register(_stopping.Cancel))
        {
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            TelegramLog.WebhookSecretRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        // Too much in flight: Telegram delivers the update again later.
        if (_runner.InFlight >= options.Value.Receiving.MaxUpdatesInFlight)
        {
            TelegramLog.InFlightFull(logger, _runner.InFlight);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!_recent.TryAdd(update.Id) || !await FirstAnywhereAsync(update.Id, context.RequestAborted))
        {
            TelegramLog.UpdateRepeated(logger, update.Id);
            return Results.Ok();
        }

        if (_runner.TryRun(update, u => handler.HandleAsync(u, _stopping.Token)) is { } running)
        {
            Track(running);
        }
        else
        {
            TelegramLog.UpdateDropped(logger, ChatOrderedRunner.ChatOf(update), options.Value.Receiving.MaxUpdatesPerChat, update.Id);
        }

        return Results.Ok();
    }

    /// <summary>
    /// Several instances behind one address: the update id goes into the database before anything is answered, and only
    /// the instance that recorded it first handles it.
    /// </summary>
    private async Task<bool> FirstAnywhereAsync(long updateId, CancellationToken cancellationToken)
    {
        if (_handledUpdates is null)
        {
            return true;
        }

        try
        {
            return await _handledUpdates.TryRecordAsync(SharedUpdateOffsetStore.Platform, updateId, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TelegramLog.HandledUpdatesUnavailable(logger, updateId, ex.Message);
            return true;
        }
    }

    private void Track(Task task)
    {
        lock (_gate)
        {
            _running.Add(task);
        }

        _ = task.ContinueWith(
            t =>
            {
                lock (_gate)
                {
                    _running.Remove(t);
                }
            },
            TaskScheduler.Default);
    }

    private bool SecretMatches(string presented)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? string.Empty);
        var actual = Encoding.UTF8.GetBytes(presented);
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static string PathOf(string? webhookUrl) =>
        Uri.TryCreate(webhookUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/";
}
