using BriefBot.Core.Resilience;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Throttling;
using BriefBot.Core.Delivery;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Operations;
using BriefBot.Discord.Configuration;
using BriefBot.Discord.Delivery;
using BriefBot.Discord.Gateway;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord transport (gateway, slash commands, channel sender), bound to the "Discord" section.
    /// Without <c>Discord:Token</c> nothing is registered and Discord stays off.
    /// </summary>
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Token"]))
        {
            return services;
        }

        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .PostConfigure(options => AcceptCommaSeparatedAdmins(options, section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordShardRule>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddCommandGate(configuration.GetValue(CommandThrottle.LimitKey, CommandThrottle.DefaultLimit));
        // The default HttpClient logging writes whole URLs, and interaction/webhook URLs carry tokens: ours logs routes.
        services.TryAddSingleton<TransportMetrics>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler(sp => new RateLimitCountingHandler(sp.GetRequiredService<TransportMetrics>(), DiscordOptions.Platform))
            .RemoveAllLoggers();
        // Heartbeats are acknowledged about every 41 s: two minutes without a word, or no READY, is a gateway in trouble.
        services.AddKeyedSingleton(DiscordOptions.Platform, (sp, _) => new PlatformContact(DiscordOptions.Platform, ExpectedQuiet, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<PlatformContact>(DiscordOptions.Platform));
        services.TryAddSingleton<GatewayJitter>();
        services.TryAddSingleton<RetryJitter>();
        services.AddSingleton<DiscordTransportState>();
        services.AddSingleton<RateLimitBuckets>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<ButtonCommandStore>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton(sp => new EntityCompleter(sp.GetService<ISnapshotSource>()));
        services.AddSingleton<AttachmentDownloads>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DiscordGateway>();
        services.AddSingleton<DiscordChatSender>();
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<DiscordChatSender>());
        services.AddHostedService<DiscordTransportService>();
        return services;
    }

    private static readonly TimeSpan ExpectedQuiet = TimeSpan.FromMinutes(2);

    /// <summary>Environment variables carry lists as one string: Discord__AdminUserIds=123,456.</summary>
    private static void AcceptCommaSeparatedAdmins(DiscordOptions options, IConfigurationSection section)
    {
        if (section["AdminUserIds"] is { Length: > 0 } joined)
        {
            options.AdminUserIds = joined.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
    }
}
