using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Subscriptions;

/// <summary><c>/unsubscribe [TOPIC|all]</c>: drops one topic from the chat's digest, or the whole subscription.</summary>
public sealed class UnsubscribeCommandHandler(
    ISubscriptionStore store,
    ISnapshotSource snapshots,
    TimeProvider time,
    IEnumerable<ISubscriptionChangeObserver> observers) : ICommandHandler
{
    public string Name => "unsubscribe";

    public string Description => "Stop this chat's daily digest, or drop one topic from it";

    public CommandArgument Argument { get; } = new("[TOPIC|all]", false);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        if (!SubscriptionPermissions.MayChange(context))
        {
            return SubscriptionPermissions.Refusal(Name);
        }

        var existing = await store.FindAsync(context.Platform, context.ChatId, cancellationToken);
        if (existing is null)
        {
            return Reply.Text(ReplyStatus.NotFound, "This chat has no digest subscription. Start one with /subscribe, for example: /subscribe at 07:30 in Europe/Berlin");
        }

        var argument = request.Argument.Trim();
        if (argument.Length == 0 || argument.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return await RemoveAsync(context, "Unsubscribed: this chat will get no more daily digests.", cancellationToken);
        }

        var snapshot = snapshots.Current;
        var resolution = TopicResolver.Resolve(SubscribeArguments.Parse(argument).TopicWords, snapshot);
        var toDrop = resolution.Topics.Select(t => t.Id).Where(existing.TopicIds.Contains).ToHashSet(StringComparer.Ordinal);
        if (!resolution.Ok || toDrop.Count == 0)
        {
            var current = SubscriptionDescription.Topics(existing, snapshot);
            var example = existing.IsWholeCorpus
                ? "/unsubscribe all"
                : "/unsubscribe " + (snapshot.FindEntity(existing.TopicIds[0])?.Name ?? existing.TopicIds[0]);
            return Reply.Text(
                ReplyStatus.BadInput,
                $"This chat's digest does not cover \"{argument}\"; it covers {current}. Nothing was changed. For example: {example}");
        }

        var remaining = existing.TopicIds.Where(id => !toDrop.Contains(id)).ToList();
        if (remaining.Count == 0)
        {
            return await RemoveAsync(context, "That was the digest's last topic, so this chat is now unsubscribed.", cancellationToken);
        }

        var updated = await store.SetTopicsAsync(existing.Id, remaining, cancellationToken);
        await NotifyAsync(context, updated, cancellationToken);
        return new Reply(
            ReplyStatus.Ok,
            "Digest subscription updated",
            updated is null ? [] : SubscriptionDescription.Describe(updated, snapshot, time.GetUtcNow()),
            [],
            [],
            []);
    }

    private async Task<Reply> RemoveAsync(CommandContext context, string message, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(context.Platform, context.ChatId, cancellationToken);
        await NotifyAsync(context, null, cancellationToken);
        return Reply.Text(ReplyStatus.Ok, message);
    }

    private async Task NotifyAsync(CommandContext context, Subscription? subscription, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.SubscriptionChangedAsync(context.Platform, context.ChatId, subscription, cancellationToken);
        }
    }
}
