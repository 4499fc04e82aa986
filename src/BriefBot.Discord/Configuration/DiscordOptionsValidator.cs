using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Configuration;

/// <summary>Checks the "Discord" section at start-up; every failure names the key, never the token's value.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        var token = options.BareToken;
        if (token.Length == 0)
        {
            failures.Add("Discord:Token is empty.");
        }
        else if (token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token contains spaces; paste the bot token exactly as the Developer Portal shows it.");
        }

        if (!Snowflake.IsValid(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId must be the application's numeric id (Developer Portal → General Information).");
        }

        if (options.GuildId is { Length: > 0 } && !Snowflake.IsValid(options.GuildId))
        {
            failures.Add("Discord:GuildId must be a numeric server id, or left out for global commands.");
        }

        foreach (var admin in options.AdminUserIds.Where(a => !Snowflake.IsValid(a)))
        {
            failures.Add($"Discord:AdminUserIds has '{admin}', which is not a numeric Discord user id.");
        }

        if (!IsAbsolute(options.ApiBaseUrl, "http", "https"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) address such as https://discord.com/api/v10.");
        }

        if (options.GatewayUrl is { Length: > 0 } && !IsAbsolute(options.GatewayUrl, "ws", "wss"))
        {
            failures.Add("Discord:GatewayUrl must be an absolute ws:// or wss:// address.");
        }

        ValidateShard(options, failures);
        if (options.ReplyBudget <= TimeSpan.Zero || options.ReplyBudget > TimeSpan.FromSeconds(2.5))
        {
            failures.Add("Discord:ReplyBudget must be more than 0 and at most 2.5 seconds (Discord wants an answer within 3).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateShard(DiscordOptions options, List<string> failures)
    {
        if (options.ShardId is null && options.ShardCount is null)
        {
            return;
        }

        if (options.ShardId is null || options.ShardCount is null)
        {
            failures.Add("Discord:ShardId and Discord:ShardCount must be set together.");
        }
        else if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add("Discord:ShardId must be at least 0 and less than Discord:ShardCount (which must be at least 1).");
        }
    }

    private static bool IsAbsolute(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
