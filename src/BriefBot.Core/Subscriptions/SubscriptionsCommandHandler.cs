using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Subscriptions;

/// <summary><c>/subscriptions</c>: what this chat receives, and when the next digest comes in the chat's own time zone.</summary>
public sealed class SubscriptionsCommandHandler(ISubscriptionStore store, ISnapshotSource snapshots, TimeProvider time) : ICommandHandler
{
    public string Name => "subscriptions";

    public string Description => "Show this chat's daily digest and when the next one comes";

    public CommandArgument Argument => CommandArgument.None;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscription = await store.FindAsync(request.Context.Platform, request.Context.ChatId, cancellationToken);
        if (subscription is null)
        {
            return Reply.Text(ReplyStatus.Ok, "This chat has no digest subscription. Start one with /subscribe, for example: /subscribe at 07:30 in Europe/Berlin");
        }

        return new Reply(
            ReplyStatus.Ok,
            "This chat's daily digest",
            SubscriptionDescription.Describe(subscription, snapshots.Current, time.GetUtcNow()),
            [],
            [],
            []);
    }
}
