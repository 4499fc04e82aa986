namespace BriefBot.Telegram.Options;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates (no public address needed).</summary>
    Polling,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>; we listen on <see cref="TelegramOptions.WebhookListenUrl"/>.</summary>
    Webhook,
}
