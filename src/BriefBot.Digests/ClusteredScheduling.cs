using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BriefBot.Digests;

/// <summary>
/// Digest triggers in Quartz's ADO.NET job store, clustered: every instance sharing the database shares the triggers,
/// each firing runs on exactly one of them, and the firings of an instance that stops checking in are recovered by
/// another within Digest:FailoverSeconds. A firing a graceful stop interrupts is handed back at once, for another
/// instance (or the restart) to run. The delivery ledger still refuses a second claim on a day, whatever fires twice.
/// </summary>
public static class ClusteredScheduling
{
    /// <summary>Quartz's table prefix; the tables are created by the storage's migrations, Quartz only checks them.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>
    /// Puts the digest scheduler on a clustered job store in the database <paramref name="useDatabase"/> names
    /// (e.g. <c>store =&gt; store.UsePostgres(connectionString)</c>). Call with <c>AddDigests</c>.
    /// </summary>
    public static IServiceCollection AddClusteredDigestScheduling(
        this IServiceCollection services, IConfiguration configuration, Action<IPersistentStoreBuilder> useDatabase)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(useDatabase);
        var failover = TimeSpan.FromSeconds(Math.Clamp(
            configuration.GetSection(DigestOptions.Section).GetValue(nameof(DigestOptions.FailoverSeconds), 60), 10, 3600));
        services.AddSingleton(new ClusterMembership(failover));
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "briefbot-digests");
            q.UsePersistentStore(store =>
            {
                useDatabase(store);
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.RecoverFiringsCancelledByShutdown = true;
                });
                // A node is written off once its last check-in is older than interval + threshold (3/4 of the
                // failover time), and the others look every interval: its firings are recovered within the failover time.
                store.UseClustering(c =>
                {
                    c.CheckinInterval = failover / 4;
                    c.CheckinMisfireThreshold = failover / 2;
                });
            });
        });
        return services;
    }
}

/// <summary>Registered when digests are scheduled in a cluster: other instances may be sending at the same time.</summary>
public sealed record ClusterMembership(TimeSpan Failover);
