using BriefBot.Core.Resilience;
using BriefBot.Core.Commands;
using BriefBot.Core.Coordination;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates section "Storage" and, when <c>Storage:Provider</c> is Sqlite (the default), registers the
    /// SQLite database behind Core's storage interfaces and migrates it at start-up. For Postgres the PostgreSQL
    /// project's <c>AddPostgresStorage</c> registers the same interfaces.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        if (StorageOptions.ProviderOf(configuration.GetSection(StorageOptions.Section)["Provider"]) != StorageProvider.Sqlite)
        {
            return services;
        }

        services.AddStorageDatabase<SqliteDatabase>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        services.AddSingleton<IReadingHistory, SqliteReadingHistory>();
        services.AddSingleton<BriefBot.Core.Corrections.ICorrectionStore, SqliteCorrectionStore>();
        services.AddSingleton<BriefBot.Core.Feeds.IFeedStore, SqliteFeedStore>();
        // One instance by design: no polling lease and no shared record of webhook updates (memory is enough).
        services.AddSingleton<IUpdateOffsets, SqliteUpdateOffsets>();
        return services;
    }

    /// <summary>The part every provider shares: the database, opened and migrated at start (retried while it cannot be), and its /stats line.</summary>
    public static IServiceCollection AddStorageDatabase<TDatabase>(this IServiceCollection services)
        where TDatabase : class, IStorageDatabase
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetryJitter>();
        services.AddSingleton<TDatabase>();
        services.AddSingleton<IStorageDatabase>(sp => sp.GetRequiredService<TDatabase>());
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<TDatabase>());
        services.AddSingleton<BriefBot.Core.Subscriptions.IDatabaseProbe>(sp => sp.GetRequiredService<TDatabase>());
        services.AddSingleton<StorageMigrationService>();
        services.AddSingleton<IStatsContributor, StorageStats>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMigrationService>());
        return services;
    }
}
