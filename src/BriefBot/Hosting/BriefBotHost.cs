using BriefBot.Content;
using BriefBot.Discord;
using BriefBot.Digests;
using BriefBot.Intake;
using BriefBot.Intake.Feeds;
using BriefBot.Operations;
using BriefBot.Storage;
using BriefBot.Storage.Postgres;
using BriefBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BriefBot.Hosting;

/// <summary>Builds the Generic Host with every part of the bot wired in. Tests build the same graph.</summary>
public static class BriefBotHost
{
    /// <param name="overrides">Configuration that wins over files and environment (the CLI's --content, tests' settings).</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var configFolder = ConfigFolder.Locate();
        builder.Configuration
            .AddJsonFile(Path.Combine(configFolder, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(configFolder, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddBriefBotLogging(builder.Configuration);
        builder.Services
            .AddBriefBotCore(builder.Configuration)
            .AddContentIntake(builder.Configuration, sp => sp.GetRequiredService<ContentLoader>().Folder)
            .AddStorage(builder.Configuration)
            .AddPostgresStorage(builder.Configuration)
            .AddDigests(builder.Configuration)

            // After the storage: the scheduler's hosted service starts where it is first registered, and on PostgreSQL
            // its tables come from the storage's migrations.
            .AddFeeds(builder.Configuration)
            .AddTelegramTransport(builder.Configuration)
            .AddDiscordTransport(builder.Configuration)
            .AddOperations(builder.Configuration);
        if (PostgresStorageServiceCollectionExtensions.IsConfigured(builder.Configuration)
            && builder.Configuration.GetSection(DigestOptions.Section).GetValue(nameof(DigestOptions.Scheduling), defaultValue: true))
        {
            // Several instances share one PostgreSQL database: the digest triggers live there too, clustered.
            var connectionString = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] ?? string.Empty;
            builder.Services.AddClusteredDigestScheduling(builder.Configuration, store => store.UsePostgres(connectionString));
        }

        return builder;
    }
}
