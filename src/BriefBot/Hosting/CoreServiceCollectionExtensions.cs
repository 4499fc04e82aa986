using BriefBot.Content;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Corrections;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Operations;
using BriefBot.Core.Reloading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Hosting;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the knowledge snapshot, its loader, the command handlers and the router.</summary>
    public static IServiceCollection AddBriefBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>());

        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton<ISnapshotSource>(sp => sp.GetRequiredService<SnapshotHolder>());
        services.AddSingleton<KnowledgeBuilder>();
        services.AddSingleton<ContentLoader>();
        services.AddHostedService<InitialContentLoad>();
        services.AddSingleton<BotActivity>();
        services.AddMetrics();
        services.AddSingleton<CommandMetrics>();
        services.AddSingleton<SnapshotMetrics>();
        services.TryAddSingleton<TransportMetrics>();
        services.AddSingleton(sp =>
        {
            var coordinator = new ReloadCoordinator(
                sp.GetRequiredService<SnapshotHolder>(), sp.GetRequiredService<ContentLoader>().BuildBesideAnswers, sp.GetRequiredService<TimeProvider>());
            coordinator.Completed += sp.GetRequiredService<SnapshotMetrics>().Reloaded;
            return coordinator;
        });
        services.AddSingleton<IStatsContributor, RuntimeStats>();
        services.TryAddSingleton<IContentChangeSource, FileSystemChangeSource>();
        services.AddHostedService<ContentWatcher>();

        services.AddSingleton<ICommandHandler, StartCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Expert, EntityKind.Concept })
        {
            services.AddSingleton<ICommandHandler>(sp => new EntityCommandHandler(kind, sp.GetRequiredService<ISnapshotSource>()));
        }

        services.AddSingleton<ICommandHandler, SearchCommandHandler>();
        services.AddSingleton<ICommandHandler, ReadingCommandHandler>();
        services.AddSingleton<ICommandHandler, SourcesCommandHandler>();
        services.AddSingleton<ICommandHandler, StatsCommandHandler>();
        services.AddSingleton<ICommandHandler, ReloadCommandHandler>();
        foreach (var name in new[] { "hide", "unhide", "merge", "rename", "kind" })
        {
            services.AddSingleton<ICommandHandler>(sp => new CorrectionCommandHandler(
                name, sp.GetRequiredService<ICorrectionStore>(), sp.GetRequiredService<ISnapshotSource>(), sp.GetRequiredService<ReloadCoordinator>()));
        }

        services.AddSingleton<ICommandHandler, CorrectionsCommandHandler>();
        services.AddSingleton<ICommandRouter, CommandRouter>();
        return services;
    }
}
