using BriefBot.Core.Commands;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite database (section "Storage") behind Core's storage interfaces, and migrates it at start-up.
    /// Another database would register its own implementations of the same interfaces here.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IDatabaseProbe>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<StorageMigrationService>();
        services.AddSingleton<IStatsContributor, StorageStats>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        services.AddSingleton<IReadingHistory, SqliteReadingHistory>();
        services.AddSingleton<BriefBot.Core.Corrections.ICorrectionStore, SqliteCorrectionStore>();
        services.AddSingleton<BriefBot.Core.Feeds.IFeedStore, SqliteFeedStore>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMigrationService>());
        return services;
    }
}
