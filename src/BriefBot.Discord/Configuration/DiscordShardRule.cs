using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Configuration;

/// <summary>Discord:ShardId and Discord:ShardCount go together, the id below the count.</summary>
internal sealed class DiscordShardRule : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) => options switch
    {
        { ShardId: null, ShardCount: null } => ValidateOptionsResult.Success,
        { ShardId: null } or { ShardCount: null } => ValidateOptionsResult.Fail("Discord:ShardId and Discord:ShardCount must be set together."),
        { ShardCount: < 1 } or { ShardId: < 0 } => Outside,
        _ when options.ShardId >= options.ShardCount => Outside,
        _ => ValidateOptionsResult.Success,
    };

    private static ValidateOptionsResult Outside { get; } =
        ValidateOptionsResult.Fail("Discord:ShardId must be at least 0 and less than Discord:ShardCount (which must be at least 1).");
}
