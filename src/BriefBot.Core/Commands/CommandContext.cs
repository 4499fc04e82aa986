namespace BriefBot.Core.Commands;

/// <summary>Who asked, and where. Adapters fill it; handlers never learn more about the platform than this.</summary>
/// <param name="Platform">"console", "telegram", "discord".</param>
/// <param name="ChatId">The chat, channel or conversation the answer goes to.</param>
/// <param name="UserId">Who sent it (the channel itself for anonymous channel posts).</param>
/// <param name="IsChatAdmin">The user administers this chat (Telegram group admin, Discord Manage Channels, the private chat's owner).</param>
/// <param name="IsBotAdmin">The user is one of the bot's configured admins.</param>
/// <param name="Document">A file that came with the command (a Telegram document, a Discord attachment, a console path).</param>
public sealed record CommandContext(
    string Platform,
    string ChatId,
    string UserId,
    ChatKind ChatKind,
    bool IsChatAdmin,
    bool IsBotAdmin,
    string? UserName = null,
    IIncomingDocument? Document = null);

public enum ChatKind
{
    Private,
    Group,
    Channel,
}
