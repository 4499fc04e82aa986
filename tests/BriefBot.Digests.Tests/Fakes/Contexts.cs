using BriefBot.Core.Commands;

namespace BriefBot.Digests.Tests.Fakes;

internal static class Contexts
{
    public static CommandContext Private(string chatId = "chat-1", string platform = "telegram") =>
        new(platform, chatId, "user-" + chatId, ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);

    public static CommandContext GroupMember(string chatId = "group-1") =>
        new("telegram", chatId, "member", ChatKind.Group, IsChatAdmin: false, IsBotAdmin: false);

    public static CommandContext GroupAdmin(string chatId = "group-1") =>
        new("telegram", chatId, "admin", ChatKind.Group, IsChatAdmin: true, IsBotAdmin: false);

    public static CommandContext ChannelBotAdmin(string chatId = "channel-1") =>
        new("telegram", chatId, "owner", ChatKind.Channel, IsChatAdmin: false, IsBotAdmin: true);
}
