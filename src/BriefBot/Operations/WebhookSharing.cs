using BriefBot.Telegram.Receiving;
using Microsoft.Extensions.Configuration;

namespace BriefBot.Operations;

/// <summary>
/// In Telegram webhook mode with Http:Urls set and no Telegram:WebhookListenUrl of its own (or the same address),
/// one listener serves the webhook, health and metrics. A different Telegram:WebhookListenUrl keeps its own listener.
/// </summary>
internal sealed class WebhookSharing(IConfiguration configuration) : IWebhookRouteHost
{
    public bool ServesWebhook { get; } =
        !string.IsNullOrWhiteSpace(configuration["Http:Urls"])
        && string.Equals(configuration["Telegram:Mode"], "Webhook", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(configuration["Telegram:Token"])
        && (string.IsNullOrWhiteSpace(configuration["Telegram:WebhookListenUrl"])
            || string.Equals(configuration["Telegram:WebhookListenUrl"]!.Trim(), configuration["Http:Urls"]!.Trim(), StringComparison.OrdinalIgnoreCase));
}
