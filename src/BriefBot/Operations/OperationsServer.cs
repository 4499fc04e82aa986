using BriefBot.Core.Operations;
using BriefBot.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace BriefBot.Operations;

/// <summary>
/// Kestrel on Http:Urls: <c>/healthz/live</c> (the process answers), <c>/healthz/ready</c> (snapshot, database and
/// transports), <c>/metrics</c> (Prometheus), and the Telegram webhook path when it shares this listener.
/// Its own small app over the bot's services, so the CLI verbs that never listen stay a plain Generic Host.
/// </summary>
internal sealed partial class OperationsServer(
    IServiceProvider services,
    IOptions<HttpOptions> options,
    WebhookSharing webhookSharing,
    ILogger<OperationsServer> logger) : IHostedService, IAsyncDisposable
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    public const string MetricsPath = "/metrics";
    public const string ReadyTag = "ready";

    private WebApplication? _app;

    /// <summary>The addresses Kestrel listens on (the real port when the configured one is 0).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The snapshot gauges exist once their instruments are created.
        services.GetRequiredService<SnapshotMetrics>();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.Urls!);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(services.GetRequiredService<HealthCheckService>());
        var app = builder.Build();
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        app.MapPrometheusScrapingEndpoint(MetricsPath, services.GetRequiredService<MeterProvider>(), configureBranchedPipeline: null, optionsName: null);
        if (webhookSharing.ServesWebhook && services.GetService<WebhookReceiver>() is { } webhook)
        {
            webhook.MapTo(app);
            LogWebhookShared(logger, webhook.Path);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).ToList() ?? [];
        LogListening(logger, string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving /healthz/live, /healthz/ready and /metrics on {Addresses}")]
    private static partial void LogListening(ILogger logger, string addresses);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Telegram webhook ({Path}) shares the Http:Urls listener")]
    private static partial void LogWebhookShared(ILogger logger, string path);
}
