using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Subscriptions;

/// <summary>Who may change a chat's subscription: anyone in their private chat; in groups and channels its admins or the bot's.</summary>
public static class SubscriptionPermissions
{
    public static bool MayChange(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ChatKind == ChatKind.Private || context.IsChatAdmin || context.IsBotAdmin;
    }

    public static Reply Refusal(string command) => Reply.Text(
        ReplyStatus.Refused,
        $"Only this chat's administrators can change its digest subscription, so /{command} was not applied. Anyone can see it with /subscriptions.");
}
