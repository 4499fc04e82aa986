using BriefBot.Core.Coordination;
using BriefBot.Core.Corrections;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefBot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Storage:Provider</c> is Postgres: registers the PostgreSQL database (Storage:ConnectionString, an Npgsql
    /// connection string) behind Core's storage interfaces and migrates it at start-up. Call after <c>AddStorage</c>,
    /// which binds and validates the section; with any other provider this registers nothing.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsConfigured(configuration))
        {
            return services;
        }

        services.AddSingleton<IValidateOptions<StorageOptions>, PostgresConnectionStringValidator>();
        services.AddStorageDatabase<PostgresDatabase>();
        services.AddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.AddSingleton<IDeliveryLedger, PostgresDeliveryLedger>();
        services.AddSingleton<IReadingHistory, PostgresReadingHistory>();
        services.AddSingleton<ICorrectionStore, PostgresCorrectionStore>();
        services.AddSingleton<BriefBot.Core.Feeds.IFeedStore, PostgresFeedStore>();
        services.AddSingleton<IUpdateOffsets, PostgresUpdateOffsets>();
        services.AddSingleton<IHandledUpdates, PostgresHandledUpdates>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        return services;
    }

    /// <summary>Whether configuration asks for PostgreSQL (Storage:Provider = Postgres).</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return StorageOptions.ProviderOf(configuration.GetSection(StorageOptions.Section)["Provider"]) == StorageProvider.Postgres;
    }
}

/// <summary>With Postgres, Storage:ConnectionString must be an Npgsql connection string naming a host.</summary>
internal sealed class PostgresConnectionStringValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("Storage:ConnectionString must name the PostgreSQL server, e.g. \"Host=db;Database=briefbot;Username=briefbot;Password=…\".")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a PostgreSQL connection string, e.g. \"Host=db;Database=briefbot;Username=briefbot;Password=…\".");
        }
    }
}
