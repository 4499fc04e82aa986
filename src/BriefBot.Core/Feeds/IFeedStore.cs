namespace BriefBot.Core.Feeds;

/// <summary>
/// The feeds the content is subscribed to and what each poll left behind: the items seen, the validators for the next
/// conditional request, the last error and the back-off. Core defines it; each database implements it.
/// </summary>
public interface IFeedStore
{
    Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The feed whose normalised address is <paramref name="urlKey"/>, or null.</summary>
    Task<FeedSubscription?> FindAsync(string urlKey, CancellationToken cancellationToken);

    /// <summary>Adds the feed, due at once; returns null when one with the same key is there already.</summary>
    Task<FeedSubscription?> AddAsync(NewFeed feed, CancellationToken cancellationToken);

    /// <summary>Removes the feed and its items; false when there was none.</summary>
    Task<bool> RemoveAsync(string urlKey, CancellationToken cancellationToken);

    /// <summary>The keys of every item of the feed seen by an earlier poll.</summary>
    Task<IReadOnlySet<string>> SeenItemsAsync(long feedId, CancellationToken cancellationToken);

    /// <summary>Writes one poll's outcome and the items it saw, in one transaction.</summary>
    Task RecordPollAsync(FeedPollRecord poll, CancellationToken cancellationToken);
}

/// <param name="NoticePlatform">Where notices about the feed go: the chat it was added from.</param>
public sealed record NewFeed(string Url, string UrlKey, string? Title, string AddedBy, DateTimeOffset AddedAt, string NoticePlatform, string NoticeChatId);

/// <param name="ETag">The validator the last successful answer gave, sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified header as it came, sent back as If-Modified-Since.</param>
/// <param name="Failures">Polls failed in a row; 0 when the last one succeeded.</param>
/// <param name="FailingNoticeSent">The admins were told the feed is failing (and not yet that it recovered).</param>
/// <param name="NextPollAt">Not polled before this (the interval after a success, a growing back-off after failures).</param>
public sealed record FeedSubscription(
    long Id,
    string Url,
    string UrlKey,
    string? Title,
    string AddedBy,
    DateTimeOffset AddedAt,
    string NoticePlatform,
    string NoticeChatId,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPollAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int Failures,
    bool FailingNoticeSent,
    DateTimeOffset NextPollAt,
    int ItemsAdded);

/// <summary>What a poll of one feed found, to store.</summary>
/// <param name="Error">Null for a successful poll (also a 304).</param>
/// <param name="ETag">Kept from before when the poll failed or the server sent none.</param>
/// <param name="ItemsAdded">Articles this poll added (added to the feed's total).</param>
public sealed record FeedPollRecord(
    long FeedId,
    DateTimeOffset PolledAt,
    string? Title,
    string? ETag,
    string? LastModified,
    string? Error,
    int Failures,
    bool FailingNoticeSent,
    DateTimeOffset NextPollAt,
    int ItemsAdded,
    IReadOnlyList<SeenFeedItem> Items);

/// <param name="Key">The item's id (guid, Atom id), else its link, else a hash of its title and text.</param>
/// <param name="Outcome">"added", "duplicate", "refused" or "skipped" (older than the items taken in one poll).</param>
/// <param name="ArticleFile">The file the item was stored as, or the existing one it duplicates.</param>
public sealed record SeenFeedItem(string Key, string Outcome, string? ArticleFile, string? Detail);
