using BriefBot.Core.Commands;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Subscriptions;

/// <summary>
/// <c>/digest [TOPIC ...]</c>: shows now what the chat's digest would carry (for the given topics, else the chat's own,
/// else the whole collection), new articles first. A preview: nothing is recorded as received and the day's digest still comes.
/// </summary>
public sealed class DigestCommandHandler(
    ISubscriptionStore store,
    IReadingHistory history,
    IDeliveryLedger ledger,
    ISnapshotSource snapshots,
    DigestSettings settings,
    TimeProvider time) : ICommandHandler
{
    public string Name => "digest";

    public string Description => "Preview the daily digest now";

    public CommandArgument Argument { get; } = new("[TOPIC ...]", false);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        var replies = snapshots.Replies;
        var snapshot = replies.Snapshot;
        var subscription = await store.FindAsync(context.Platform, context.ChatId, cancellationToken);

        IReadOnlyList<string> topicIds = subscription?.TopicIds ?? [];
        if (request.Argument.Trim().Length > 0)
        {
            var resolution = TopicResolver.Resolve(SubscribeArguments.Parse(request.Argument).TopicWords, snapshot);
            if (!resolution.Ok)
            {
                return Reply.Text(
                    ReplyStatus.BadInput,
                    resolution.Describe() + " Try /digest with no topic for this chat's own digest.");
            }

            topicIds = resolution.Topics.Select(t => t.Id).ToList();
        }

        var zone = TimeZoneLookup.FindOrUtc(subscription?.TimeZoneId ?? settings.DefaultTimeZone);
        var received = await history.ReceivedAsync(context.Platform, context.ChatId, cancellationToken);
        var today = DeliverySchedule.LocalDate(time.GetUtcNow(), zone);
        // New articles as the next digest would count them: since the previous one (or subscribing); a day, unsubscribed.
        var since = subscription is null
            ? time.GetUtcNow().AddDays(-1)
            : await ledger.LastSentBeforeAsync(subscription.Id, today.AddDays(1), cancellationToken) ?? subscription.CreatedAt;
        var digest = DigestComposer.Compose(new DigestRequest(
            snapshot,
            topicIds,
            received,
            today,
            settings.Items,
            IsPreview: true,
            NewSince: since) { Briefings = replies });
        return digest.Reply;
    }
}
