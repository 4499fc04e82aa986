using BriefBot.Core.Resilience;
using BriefBot.Core.Feeds;
using BriefBot.Core.Reloading;
using BriefBot.Intake.Fetching;
using BriefBot.Intake.Reading;
using BriefBot.Intake.Storing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Intake.Feeds;

/// <summary>
/// Polls feeds: a conditional request (If-None-Match / If-Modified-Since) through the same bounded fetcher as /add, the
/// entries not seen before stored as articles (the entry's own full text when the feed carries it, else its page
/// fetched as /add fetches it), then ONE reload for everything a round added. A failing feed is polled less and less
/// often (the interval doubled per failure, up to <see cref="FeedOptions.MaxBackoff"/>) and the admins are told once
/// when it starts failing and once when it recovers.
/// </summary>
public sealed partial class FeedPoller(
    IFeedStore store,
    ContentIntake intake,
    PageFetcher fetcher,
    FeedNotices notices,
    FeedMetrics metrics,
    IOptions<FeedOptions> options,
    RetryJitter jitter,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private const string ReloadedBy = "feeds";

    /// <summary>/feeds add: reads the feed first (nothing is stored when it is not one), subscribes, and takes its entries in.</summary>
    public async Task<FeedRound> SubscribeAsync(string link, string addedBy, string platform, string chatId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new IntakeRefusedException("I only follow http and https feeds, written in full (https://...).");
        }

        var key = UrlKey.Of(uri);
        if (await store.FindAsync(key, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            throw new IntakeRefusedException($"I already follow that feed ({existing.Title ?? existing.Url}).");
        }

        var page = await fetcher.FetchAsync(uri, FetchRequest.Feed(null, null), cancellationToken).ConfigureAwait(false);
        var document = FeedDocument.Read(page.Body, page.FinalUri);
        var feed = await store.AddAsync(new NewFeed(UrlKey.Clean(uri), key, document.Title, addedBy, time.GetUtcNow(), platform, chatId), cancellationToken).ConfigureAwait(false)
            ?? throw new IntakeRefusedException("I already follow that feed.");
        var batch = await intake.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            var work = new FeedWork(feed) { Page = page, Document = document };
            await TakeEntriesAsync(work, batch, seen: new HashSet<string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            return await FinishAsync([work], batch, addedBy).ConfigureAwait(false);
        }
    }

    /// <summary>The job's round: polls every feed that is due, then reloads once if anything was stored.</summary>
    public async Task<FeedRound> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A little early is on time: the job fires every interval, and each poll set the next one an interval after it ended.
        var horizon = now + (options.Value.PollInterval / 4);
        var due = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Where(f => f.NextPollAt <= horizon).ToList();
        if (due.Count == 0)
        {
            return new FeedRound([], null);
        }

        var batch = await intake.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            var works = new List<FeedWork>();
            foreach (var feed in due)
            {
                var work = new FeedWork(feed);
                works.Add(work);
                try
                {
                    work.Page = await fetcher.FetchAsync(new Uri(feed.Url), FetchRequest.Feed(feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
                    if (work.Page.NotModified)
                    {
                        continue;
                    }

                    work.Document = FeedDocument.Read(work.Page.Body, work.Page.FinalUri);
                    var seen = await store.SeenItemsAsync(feed.Id, cancellationToken).ConfigureAwait(false);
                    await TakeEntriesAsync(work, batch, seen, cancellationToken).ConfigureAwait(false);
                }
                catch (IntakeRefusedException e)
                {
                    work.Error = e.Message;
                }
            }

            return await FinishAsync(works, batch, ReloadedBy).ConfigureAwait(false);
        }
    }

    /// <summary>The entries not seen before, newest first up to the limit, each stored, found already there, or refused.</summary>
    private async Task TakeEntriesAsync(FeedWork work, IntakeBatch batch, IReadOnlySet<string> seen, CancellationToken cancellationToken)
    {
        var fresh = work.Document!.Entries.Where(e => !seen.Contains(e.Key)).DistinctBy(e => e.Key).ToList();
        var limit = options.Value.MaxItemsPerPoll;
        foreach (var passed in fresh.Skip(limit))
        {
            work.Items.Add(new FeedItemWork(passed, null, "skipped", "older than the newest " + limit));
        }

        var source = work.Document.Title ?? work.Page!.FinalUri.Host;
        foreach (var entry in fresh.Take(limit))
        {
            try
            {
                var staged = FullText(entry, source) is { } article
                    ? await batch.StageAsync(article, new AddedFrom(entry.Link is null ? null : UrlKey.Clean(entry.Link), null, null, work.Feed.AddedBy, time.GetUtcNow(), null, work.Feed.Url)).ConfigureAwait(false)
                    : entry.Link is { } link
                        ? await batch.StageLinkAsync(link, work.Feed.AddedBy, work.Feed.Url, cancellationToken).ConfigureAwait(false)
                        : throw new IntakeRefusedException("The entry has neither a link nor its text.");
                work.Items.Add(new FeedItemWork(entry, staged, staged.AlreadyAdded ? "duplicate" : "added", null));
            }
            catch (IntakeRefusedException e) when (e.MayPass)
            {
                // Not marked seen, and the feed's validators not kept, so the next poll reads the feed and tries again.
                work.RetryLater.Add((entry.Title, e.Message));
            }
            catch (IntakeRefusedException e)
            {
                work.Items.Add(new FeedItemWork(entry, null, "refused", e.Message));
            }
        }
    }

    /// <summary>The entry's own text when the feed carries a whole article (at least <see cref="ContentIntake.MinWords"/> words).</summary>
    private static ExtractedArticle? FullText(FeedEntry entry, string source)
    {
        if (string.IsNullOrWhiteSpace(entry.ContentHtml))
        {
            return null;
        }

        var article = new ExtractedArticle(
            entry.Title.Length > 0 ? entry.Title : "Untitled entry",
            entry.Authors,
            entry.Date,
            source,
            HtmlArticleReader.ParagraphsOf(entry.ContentHtml));
        return article.WordCount >= ContentIntake.MinWords ? article : null;
    }

    /// <summary>One reload for the round, then each feed's poll recorded and its admins told of a change of health.</summary>
    private async Task<FeedRound> FinishAsync(IReadOnlyList<FeedWork> works, IntakeBatch batch, string reloadedBy)
    {
        var committed = await batch.CommitAsync(reloadedBy).ConfigureAwait(false);
        var byStaged = committed.Articles.ToDictionary(a => a.Staged);
        var now = time.GetUtcNow();
        var results = new List<FeedPollResult>();
        foreach (var work in works)
        {
            var items = new List<SeenFeedItem>();
            var added = new List<CommittedArticle>();
            var refused = new List<(string Title, string Reason)>();
            var duplicates = new List<StagedArticle>();
            foreach (var item in work.Items)
            {
                if (item.Staged is { AlreadyAdded: false } staged && byStaged.TryGetValue(staged, out var outcome))
                {
                    if (outcome.Refusal is { } why)
                    {
                        refused.Add((item.Entry.Title, why));
                        items.Add(new SeenFeedItem(item.Entry.Key, "refused", null, why));
                    }
                    else
                    {
                        added.Add(outcome);
                        items.Add(new SeenFeedItem(item.Entry.Key, "added", staged.FileName, null));
                    }

                    continue;
                }

                if (item.Outcome == "refused")
                {
                    refused.Add((item.Entry.Title, item.Detail!));
                }
                else if (item.Staged is { AlreadyAdded: true } duplicate)
                {
                    duplicates.Add(duplicate);
                }

                items.Add(new SeenFeedItem(item.Entry.Key, item.Outcome, item.Staged?.FileName, item.Detail));
            }

            refused.AddRange(work.RetryLater.Select(r => (r.Title, r.Reason.TrimEnd('.') + "; I will try again at the next poll.")));
            var feed = work.Feed;
            var failing = work.Error is not null;
            var keepValidators = !failing && work.RetryLater.Count == 0;
            var failures = failing ? feed.Failures + 1 : 0;
            var next = now + (failing ? Backoff(failures) : options.Value.PollInterval);
            var noticeSent = feed.FailingNoticeSent;
            if (failing && !noticeSent)
            {
                await notices.FailingAsync(feed, work.Error!, now, CancellationToken.None).ConfigureAwait(false);
                noticeSent = true;
            }
            else if (!failing && noticeSent)
            {
                await notices.RecoveredAsync(feed, now, CancellationToken.None).ConfigureAwait(false);
                noticeSent = false;
            }

            if (failing)
            {
                LogFailed(logger, feed.Url, failures, work.Error!, next);
            }

            await store.RecordPollAsync(
                new FeedPollRecord(
                    feed.Id,
                    now,
                    work.Document?.Title,
                    failing ? feed.ETag : keepValidators ? work.Page?.ETag : null,
                    failing ? feed.LastModified : keepValidators ? work.Page?.LastModified : null,
                    work.Error,
                    failures,
                    noticeSent,
                    next,
                    added.Count,
                    items),
                CancellationToken.None).ConfigureAwait(false);
            var result = new FeedPollResult(feed with { Title = work.Document?.Title ?? feed.Title }, work.Page?.NotModified == true, work.Error, added, duplicates, refused, items.Count(i => i.Outcome == "skipped"));
            metrics.Polled(result);
            results.Add(result);
        }

        LogRound(logger, works.Count, results.Sum(r => r.Added.Count), committed.Report is not null);
        return new FeedRound(results, committed.Report);
    }

    /// <summary>After a failed poll the feed waits twice its interval, doubling to Feeds:MaxBackoff (the shared <see cref="Backoff"/>).</summary>
    private TimeSpan Backoff(int failures)
    {
        var first = options.Value.PollInterval * 2;
        return new Backoff(first, first > options.Value.MaxBackoff ? first : options.Value.MaxBackoff, jitter).DelayAfter(failures);
    }

    private sealed class FeedWork(FeedSubscription feed)
    {
        public FeedSubscription Feed { get; } = feed;

        public FetchedPage? Page { get; set; }

        public FeedDocument? Document { get; set; }

        public string? Error { get; set; }

        public List<FeedItemWork> Items { get; } = [];

        public List<(string Title, string Reason)> RetryLater { get; } = [];
    }

    private sealed record FeedItemWork(FeedEntry Entry, StagedArticle? Staged, string Outcome, string? Detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} failed ({Failures} in a row): {Error}; next try at {Next}")]
    private static partial void LogFailed(ILogger logger, string url, int failures, string error, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Feeds} feeds: {Added} articles added, reloaded: {Reloaded}")]
    private static partial void LogRound(ILogger logger, int feeds, int added, bool reloaded);
}

/// <summary>What one round of polling did: each feed's result, and the one reload (null when nothing was stored).</summary>
public sealed record FeedRound(IReadOnlyList<FeedPollResult> Feeds, ReloadReport? Reload);

/// <param name="NotModified">The server answered 304: nothing changed since the last poll.</param>
/// <param name="Error">Why the poll failed; null when it did not.</param>
/// <param name="Skipped">New entries passed over, beyond the newest <see cref="FeedOptions.MaxItemsPerPoll"/>.</param>
public sealed record FeedPollResult(
    FeedSubscription Feed,
    bool NotModified,
    string? Error,
    IReadOnlyList<CommittedArticle> Added,
    IReadOnlyList<StagedArticle> AlreadyAdded,
    IReadOnlyList<(string Title, string Reason)> Refused,
    int Skipped);
