namespace BriefBot.Telegram.Options;

/// <summary>The "Telegram" configuration section. Checked at start by <see cref="TelegramOptionsValidator"/>.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The platform's name in metrics and health reports.</summary>
    public const string Platform = "telegram";

    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token from BotFather, "digits:rest". Absent: the Telegram transport stays off.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server: the public one, a self-hosted Bot API server, or a stand-in for tests.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>Numeric Telegram user ids of the bot's admins.</summary>
    public IList<long> AdminUserIds { get; } = [];

    /// <summary>Parts of a comma-separated Telegram:AdminUserIds that are not numbers (reported at start).</summary>
    internal IList<string> InvalidAdminUserIds { get; } = [];

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public HTTPS address Telegram posts to (its path is the one we listen on).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: echoed by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A-Z a-z 0-9 _ -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: the local address Kestrel listens on (a reverse proxy terminates HTTPS in front of it).</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Long-polling wait per getUpdates call, in seconds (1–50).</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Where the last handled update_id is kept, so a restart neither loses nor replays updates.</summary>
    public string OffsetPath { get; set; } = Path.Combine("data", "telegram-offset.txt");

    /// <summary>Outgoing message pacing.</summary>
    public TelegramPacingOptions Pacing { get; set; } = new();

    /// <summary>Timeouts and retries of outgoing messages.</summary>
    public TelegramSendingOptions Sending { get; set; } = new();

    /// <summary>Bounds on updates in flight.</summary>
    public TelegramReceivingOptions Receiving { get; set; } = new();

    /// <summary>Longest wait between retries while the Bot API cannot be reached, in seconds.</summary>
    public int MaxBackoffSeconds { get; set; } = 60;
}

/// <summary>Pacing ahead of time, below Telegram's limits (about 1/s per chat, 20/min per group, 30/s overall).</summary>
public sealed class TelegramPacingOptions
{
    public int PerChatPerSecond { get; set; } = 1;

    public int PerGroupPerMinute { get; set; } = 20;

    public int GlobalPerSecond { get; set; } = 30;
}
