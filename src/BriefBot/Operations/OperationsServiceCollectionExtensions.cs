using BriefBot.Core.Operations;
using BriefBot.Telegram.Receiving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BriefBot.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// Health checks (live: the process answers; ready: snapshot, database, transports), the bot's meter exported
    /// to Prometheus, and, when Http:Urls is set, the listener that serves them.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section);
        services.AddMetrics();
        services.TryAddSingleton<TransportMetrics>();
        services.AddOpenTelemetry().ConfigureResource(r => r.AddService("briefbot")).WithMetrics(metrics => metrics
            .AddMeter(BriefBotMeter.Name)
            // Scrapes are answered fresh: the exporter's 300 ms cache would hide what just happened from a second scrape.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));

        string[] ready = [OperationsServer.ReadyTag];
        services.AddHealthChecks()
            .AddCheck<SnapshotHealthCheck>("snapshot", tags: ready)
            .AddCheck<DatabaseHealthCheck>("database", tags: ready, timeout: TimeSpan.FromSeconds(5))
            .AddCheck<TransportHealthCheck>("transports", tags: ready);

        services.AddSingleton<WebhookSharing>();
        services.AddSingleton<IWebhookRouteHost>(sp => sp.GetRequiredService<WebhookSharing>());
        if (!string.IsNullOrWhiteSpace(configuration[$"{HttpOptions.Section}:Urls"]))
        {
            services.AddSingleton<OperationsServer>();
            services.AddHostedService(sp => sp.GetRequiredService<OperationsServer>());
        }

        return services;
    }
}
