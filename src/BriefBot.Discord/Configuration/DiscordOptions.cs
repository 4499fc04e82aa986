using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Discord.Configuration;

/// <summary>The "Discord" configuration section. Without <see cref="Token"/> the Discord transport does not run.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The platform's name in metrics and health reports.</summary>
    public const string Platform = "discord";

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token). Never logged.</summary>
    [BotToken]
    public string? Token { get; set; }

    /// <summary>The application's id (General Information → Application ID), used for commands and interaction webhooks.</summary>
    [Required(ErrorMessage = ApplicationIdMessage)]
    [DiscordId(ErrorMessage = ApplicationIdMessage)]
    public string? ApplicationId { get; set; }

    /// <summary>Register commands in this guild only (instant, for development); absent → global commands.</summary>
    [DiscordId(ErrorMessage = "Discord:GuildId must be a numeric server id, or left out for global commands.")]
    public string? GuildId { get; set; }

    /// <summary>Discord user ids of the bot's admins (a list, or one comma-separated string).</summary>
    [DiscordId(ErrorMessage = "Discord:AdminUserIds has '{0}', which is not a numeric Discord user id.")]
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>REST base address including the version, e.g. https://discord.com/api/v10.</summary>
    [Required(ErrorMessage = ApiBaseUrlMessage)]
    [AbsoluteUrl("http", "https", ErrorMessage = ApiBaseUrlMessage)]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway address to connect to instead of the one GET /gateway/bot returns (tests, proxies).</summary>
    [AbsoluteUrl("ws", "wss", ErrorMessage = "Discord:GatewayUrl must be an absolute ws:// or wss:// address.")]
    public string? GatewayUrl { get; set; }

    public int? ShardId { get; set; }

    public int? ShardCount { get; set; }

    /// <summary>How long an interaction may take before it is deferred (Discord allows 3 s for the first answer).</summary>
    [InRange(typeof(TimeSpan), "00:00:00", "00:00:02.5", MinimumIsExclusive = true,
        ErrorMessage = "Discord:ReplyBudget must be more than 0 and at most 2.5 seconds (Discord wants an answer within 3).")]
    public TimeSpan ReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The token without any "Bot " prefix someone pasted along with it.</summary>
    internal string BareToken => Bare(Token);

    private const string ApplicationIdMessage = "Discord:ApplicationId must be the application's numeric id (Developer Portal → General Information).";
    private const string ApiBaseUrlMessage = "Discord:ApiBaseUrl must be an absolute http(s) address such as https://discord.com/api/v10.";

    internal static string Bare(string? pasted)
    {
        var token = (pasted ?? string.Empty).Trim();
        return token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) ? token[4..].Trim() : token;
    }
}
