namespace BriefBot.Telegram.Receiving;

/// <summary>
/// A host that serves HTTP already (health and metrics): when it says it serves the webhook, the receiver maps its
/// path onto that listener (<see cref="WebhookReceiver.MapTo"/>) instead of opening one of its own.
/// </summary>
public interface IWebhookRouteHost
{
    bool ServesWebhook { get; }
}
