using BriefBot.Core.Resilience;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Throttling;
using BriefBot.Core.Coordination;
using BriefBot.Core.Delivery;
using BriefBot.Core.Operations;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Receiving;
using BriefBot.Telegram.Rendering;
using BriefBot.Telegram.Sending;
using BriefBot.Telegram.Startup;
using BriefBot.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram;

public static class TelegramServiceCollectionExtensions
{

    /// <summary>
    /// Registers the Telegram transport, bound to the "Telegram" configuration section and validated at start.
    /// Without Telegram:Token nothing that runs is registered: the console and other transports work as before.
    /// </summary>
    public static IServiceCollection AddTelegramTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Token"]))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>()
            .Bind(section, o => o.ErrorOnUnknownConfiguration = false)
            .PostConfigure(options => AdminIds.AcceptCommaSeparated(options, section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsRules>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetryJitter>();
        services.AddCommandGate(configuration.GetValue(CommandThrottle.LimitKey, CommandThrottle.DefaultLimit));

        services.TryAddSingleton<TransportMetrics>();
        services.AddKeyedSingleton(TelegramOptions.Platform, (sp, _) => new PlatformContact(
            TelegramOptions.Platform, ExpectedQuiet(sp.GetRequiredService<IOptions<TelegramOptions>>().Value), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<PlatformContact>(TelegramOptions.Platform));
        services.AddSingleton<BotClientHolder>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<CallbackCommands>();
        services.AddSingleton<TelegramReplyRenderer>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<TelegramChatSender>();
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<TelegramChatSender>());
        services.AddSingleton<ChatAdminCache>();
        services.AddSingleton<TelegramUpdateHandler>();
        // In the bot's database when there is one (shared by restarts and instances), else in Telegram:OffsetPath.
        services.TryAddSingleton<IUpdateOffsetStore>(sp => sp.GetService<IUpdateOffsets>() is not null
            ? ActivatorUtilities.CreateInstance<SharedUpdateOffsetStore>(sp)
            : ActivatorUtilities.CreateInstance<FileUpdateOffsetStore>(sp));
        services.AddSingleton<PollingLease>();
        services.AddSingleton<PendingUpdateJournal>();

        services.AddHostedService<TelegramStartupService>();
        if (section.GetValue<TelegramMode?>("Mode") == TelegramMode.Webhook)
        {
            services.AddSingleton<WebhookReceiver>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookReceiver>());
        }
        else
        {
            services.AddHostedService<PollingReceiver>();
        }

        return services;
    }

    /// <summary>
    /// The longest a healthy Telegram connection stays quiet: a long poll answers within PollingTimeoutSeconds, so two
    /// of them and half a minute more mean the loop has stalled. Webhooks speak only when there is an update.
    /// </summary>
    private static TimeSpan ExpectedQuiet(TelegramOptions options) => options.Mode == TelegramMode.Webhook
        ? Timeout.InfiniteTimeSpan
        : TimeSpan.FromSeconds((2 * options.PollingTimeoutSeconds) + 30);
}
