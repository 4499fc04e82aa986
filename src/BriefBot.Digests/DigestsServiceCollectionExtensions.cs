using BriefBot.Core.Commands;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the digest commands (/subscribe, /unsubscribe, /subscriptions, /digest) as <see cref="ICommandHandler"/>s,
    /// the deliverer, and — unless <c>Digest:Scheduling</c> is false — Quartz with its hosted service and the start-up
    /// rebuild of triggers. Bound to the "Digest" configuration section; needs <c>AddStorage</c> for the stores.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
            SubscribeArguments.TryParseTime(options.DefaultTime, out var defaultTime);
            return new DigestSettings
            {
                DefaultTime = defaultTime,
                DefaultTimeZone = TimeZoneLookup.FindOrUtc(options.DefaultTimeZone).Id,
                Items = options.Items,
            };
        });

        services.AddSingleton<ICommandHandler, SubscribeCommandHandler>();
        services.AddSingleton<ICommandHandler, UnsubscribeCommandHandler>();
        services.AddSingleton<ICommandHandler, SubscriptionsCommandHandler>();
        services.AddSingleton<ICommandHandler, DigestCommandHandler>();
        services.AddSingleton<DigestDeliverer>();

        if (configuration.GetSection(DigestOptions.Section).GetValue(nameof(DigestOptions.Scheduling), defaultValue: true))
        {
            AddScheduling(services);
        }

        return services;
    }

    private static void AddScheduling(IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            // SIGTERM cancels the digests still waiting their turn (a 429's retry_after, the pacer), so the host stops
            // at once; each gives its ledger claim back and goes out after the restart.
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            // Recovery: on a clustered store, a firing cut short (an instance killed, or stopped while the digest waited)
            // is run again on another instance; the ledger's claim keeps that from sending twice.
            q.AddJob<DeliverDigestJob>(j => j.WithIdentity(DeliverDigestJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<ResyncDigestsJob>(j => j.WithIdentity(ResyncDigestsJob.Key).StoreDurably());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<DigestTriggers>();
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<IDigestRunObserver, DigestMetrics>();
        services.AddSingleton<ISubscriptionChangeObserver>(sp => sp.GetRequiredService<DigestRunner>());
        services.AddSingleton<DigestStartupService>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestStartupService>());
    }
}
