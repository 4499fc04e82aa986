using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Subscriptions;

/// <summary>How a subscription reads back to the chat, with its next delivery in the chat's own time.</summary>
internal static class SubscriptionDescription
{
    public static string Topics(Subscription subscription, KnowledgeSnapshot snapshot) =>
        subscription.IsWholeCorpus
            ? "the whole collection"
            : string.Join(", ", subscription.TopicIds.Select(id => snapshot.FindEntity(id)?.Name ?? id));

    public static IReadOnlyList<Block> Describe(Subscription subscription, KnowledgeSnapshot snapshot, DateTimeOffset now)
    {
        var zone = TimeZoneLookup.FindOrUtc(subscription.TimeZoneId);
        var (_, next) = DeliverySchedule.NextAfter(now, subscription.TimeOfDay, zone);
        var items = new List<IReadOnlyList<Span>>
        {
            new[] { new Span("Topics: ", SpanStyle.Bold), new Span(Topics(subscription, snapshot)) },
            new[] { new Span("Every day at: ", SpanStyle.Bold), new Span($"{subscription.TimeOfDay:HH\\:mm} {subscription.TimeZoneId}") },
            subscription.IsPaused
                ? new[] { new Span("Paused: ", SpanStyle.Bold), new Span((subscription.PausedReason ?? "deliveries failed") + ". Send /subscribe again to resume.") }
                : new[] { new Span("Next delivery: ", SpanStyle.Bold), new Span(DeliverySchedule.Describe(next, zone)) },
        };
        return [new BulletList(items)];
    }
}
