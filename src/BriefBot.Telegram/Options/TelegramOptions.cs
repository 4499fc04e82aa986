using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Options;

/// <summary>
/// The "Telegram" configuration section. Checked at start by <see cref="TelegramOptionsValidator"/> (these annotations)
/// and <see cref="TelegramOptionsRules"/> (what depends on the mode).
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The platform's name in metrics and health reports.</summary>
    public const string Platform = "telegram";

    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token from BotFather, "digits:rest". Absent: the Telegram transport stays off.</summary>
    [RegularExpression("^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$",
        ErrorMessage = "Telegram:Token is malformed: BotFather tokens look like '123456789:AA...' (digits, a colon, then letters, digits, '_' or '-').")]
    public string? Token { get; set; }

    /// <summary>The Bot API server: the public one, a self-hosted Bot API server, or a stand-in for tests.</summary>
    [Required(ErrorMessage = ApiBaseUrlMessage)]
    [AbsoluteUrl("http", "https", ErrorMessage = ApiBaseUrlMessage)]
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
    [Required(ErrorMessage = WebhookListenUrlMessage)]
    [AbsoluteUrl("http", "https", ErrorMessage = WebhookListenUrlMessage)]
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Long-polling wait per getUpdates call, in seconds (1–50).</summary>
    [InRange(1, 50, ErrorMessage = "Telegram:PollingTimeoutSeconds must be between 1 and 50.")]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Where the last handled update_id is kept, so a restart neither loses nor replays updates.</summary>
    [Required(ErrorMessage = "Telegram:OffsetPath must name a file.")]
    public string OffsetPath { get; set; } = Path.Combine("data", "telegram-offset.txt");

    /// <summary>Outgoing message pacing.</summary>
    [ValidateObjectMembers]
    public TelegramPacingOptions Pacing { get; set; } = new();

    /// <summary>Timeouts and retries of outgoing messages.</summary>
    [ValidateObjectMembers]
    public TelegramSendingOptions Sending { get; set; } = new();

    /// <summary>Bounds on updates in flight.</summary>
    [ValidateObjectMembers]
    public TelegramReceivingOptions Receiving { get; set; } = new();

    /// <summary>Longest wait between retries while the Bot API cannot be reached, in seconds.</summary>
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:MaxBackoffSeconds must be at least 1.")]
    public int MaxBackoffSeconds { get; set; } = 60;

    private const string ApiBaseUrlMessage = "Telegram:ApiBaseUrl must be an absolute http or https URL, such as " + PublicApiBaseUrl + ".";
    private const string WebhookListenUrlMessage = "Telegram:WebhookListenUrl must be an absolute http or https URL to listen on, such as http://127.0.0.1:8080.";
}

/// <summary>Pacing ahead of time, below Telegram's limits (about 1/s per chat, 20/min per group, 30/s overall).</summary>
public sealed class TelegramPacingOptions
{
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Pacing:PerChatPerSecond must be at least 1.")]
    public int PerChatPerSecond { get; set; } = 1;

    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Pacing:PerGroupPerMinute must be at least 1.")]
    public int PerGroupPerMinute { get; set; } = 20;

    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Pacing:GlobalPerSecond must be at least 1.")]
    public int GlobalPerSecond { get; set; } = 30;
}
