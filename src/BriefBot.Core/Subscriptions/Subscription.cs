namespace BriefBot.Core.Subscriptions;

/// <summary>A chat's daily digest: what it is about, and when it goes out in the chat's own time zone.</summary>
/// <param name="Id">Store-assigned id; stays the same when the chat changes its subscription.</param>
/// <param name="TopicIds">Entity ids, most important first; empty means the whole corpus.</param>
/// <param name="TimeZoneId">An IANA zone id ("Asia/Karachi"), never a fixed offset, so daylight saving is followed.</param>
/// <param name="ChangedAt">When topics, time or zone were last set; a digest that fell due before it is not caught up.</param>
/// <param name="PausedReason">Why deliveries stopped (the chat refused us); null while active.</param>
public sealed record Subscription(
    long Id,
    string Platform,
    string ChatId,
    IReadOnlyList<string> TopicIds,
    TimeOnly TimeOfDay,
    string TimeZoneId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ChangedAt,
    bool IsPaused,
    string? PausedReason)
{
    public bool IsWholeCorpus => TopicIds.Count == 0;
}

/// <summary>What a <c>/subscribe</c> asks for; saving it creates the chat's subscription or replaces its settings.</summary>
public sealed record SubscriptionRequest(
    string Platform,
    string ChatId,
    IReadOnlyList<string> TopicIds,
    TimeOnly TimeOfDay,
    string TimeZoneId,
    string RequestedBy,
    DateTimeOffset RequestedAt);
