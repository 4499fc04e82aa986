namespace BriefBot.Discord.Configuration;

/// <summary>The "Discord" configuration section. Without <see cref="Token"/> the Discord transport does not run.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The platform's name in metrics and health reports.</summary>
    public const string Platform = "discord";

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The application's id (General Information → Application ID), used for commands and interaction webhooks.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Register commands in this guild only (instant, for development); absent → global commands.</summary>
    public string? GuildId { get; set; }

    /// <summary>Discord user ids of the bot's admins (a list, or one comma-separated string).</summary>
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>REST base address including the version, e.g. https://discord.com/api/v10.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway address to connect to instead of the one GET /gateway/bot returns (tests, proxies).</summary>
    public string? GatewayUrl { get; set; }

    public int? ShardId { get; set; }

    public int? ShardCount { get; set; }

    /// <summary>How long an interaction may take before it is deferred (Discord allows 3 s for the first answer).</summary>
    public TimeSpan ReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The token without any "Bot " prefix someone pasted along with it.</summary>
    internal string BareToken
    {
        get
        {
            var token = (Token ?? string.Empty).Trim();
            return token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) ? token[4..].Trim() : token;
        }
    }
}
