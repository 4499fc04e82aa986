using BriefBot.Core.Commands;
using BriefBot.Discord.Configuration;

namespace BriefBot.Discord.Interactions;

/// <summary>Who asked and where, in the platform-neutral terms the router understands.</summary>
internal static class InteractionContextMapper
{
    public const string Platform = "discord";

    public static CommandContext ToContext(InteractionPayload interaction, DiscordOptions options)
    {
        var user = interaction.Invoker;
        var userId = user?.Id ?? string.Empty;
        var inGuild = interaction.GuildId is { Length: > 0 };
        return new CommandContext(
            Platform,
            interaction.ChannelId ?? string.Empty,
            userId,
            inGuild ? ChatKind.Group : ChatKind.Private,
            IsChatAdmin: !inGuild || interaction.Member?.CanManageChannels == true,
            IsBotAdmin: options.AdminUserIds.Contains(userId, StringComparer.Ordinal),
            UserName: user?.GlobalName ?? user?.Username);
    }

    /// <summary>"/actor Some Name": the command and its single string option as typed text.</summary>
    public static string ToCommandText(InteractionData data)
    {
        var argument = data.Options?.FirstOrDefault(o => o.Value is not null && o.Type != CommandRegistrar.AttachmentOption)?.Text.Trim();
        return "/" + data.Name + (argument is { Length: > 0 } ? " " + argument : string.Empty);
    }
}
