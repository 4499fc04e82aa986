using BriefBot.Core.Reloading;
using BriefBot.Core.Replies;
using BriefBot.Intake.Feeds;
using BriefBot.Intake.Tests.Support;
using BriefBot.Testing.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Intake.Tests;

/// <summary>/feeds and the poller through the real host graph, against RSS and Atom feeds served on loopback.</summary>
public sealed class FeedTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _sender = new();
    private ArticleSite _site = null!;

    public async Task InitializeAsync() => _site = await ArticleSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FeedsAdd_OnAnRssFeed_AddsItsItems_FullTextOrPage_InOneReload_AndSaysWhatItAdded()
    {
        var feed = Rss();
        feed.Add(
            new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri),
            new TestEntry("item-2", "Grain corridor talks resume", _site.Url("grain.html").AbsoluteUri, FullText: FeedStories.Html(Grain)));
        using var host = Host();
        var reloads = CountReloads(host);

        var reply = await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");

        var text = reply.Text();
        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Contains("Following: The Northern Ledger: World", text, StringComparison.Ordinal);
        Assert.Contains("Added 2 articles, then reloaded once:", text, StringComparison.Ordinal);
        Assert.Contains(TestArticles.Title, text, StringComparison.Ordinal);
        Assert.Contains("Grain corridor talks resume", text, StringComparison.Ordinal);
        Assert.Equal(1, reloads());
        var files = host.Files();
        Assert.Equal(2, files.Count);
        var grain = files["grain-corridor-talks-resume.md"];
        Assert.Contains($"feed: \"{_site.Url("feed.xml")}\"", grain, StringComparison.Ordinal);
        Assert.Contains("source: \"The Northern Ledger: World\"", grain, StringComparison.Ordinal);
        // The full text came with the feed: its page was never fetched; the other entry's page was.
        Assert.DoesNotContain("/grain.html", _site.Requests);
        Assert.Contains("/harbour.html", _site.Requests);
        Assert.Contains("Maribel Ostrander", (await host.AsAdminAsync("/expert Ostrander")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RssFeed_UnchangedAnswers304ToItsETag_AndGrownAddsOnlyTheNewItems_InOneReload()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri));
        using var host = Host();
        await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");
        var reloads = CountReloads(host);
        var poller = host.Services.GetRequiredService<FeedPoller>();

        _time.Advance(Interval);
        var unchanged = await poller.PollDueAsync(CancellationToken.None);

        Assert.True(Assert.Single(unchanged.Feeds).NotModified);
        Assert.Null(unchanged.Reload);
        Assert.Equal(0, reloads());
        Assert.Null(feed.Requests[0].IfNoneMatch);
        Assert.StartsWith("\"", feed.Requests[1].IfNoneMatch, StringComparison.Ordinal);

        feed.Add(
            new TestEntry("item-2", "Grain corridor talks resume", _site.Url("grain.html").AbsoluteUri, FeedStories.Html(Grain)),
            new TestEntry("item-3", "River treaty review stalls", _site.Url("river.html").AbsoluteUri));
        _time.Advance(Interval);
        var grown = await poller.PollDueAsync(CancellationToken.None);

        Assert.Equal(2, Assert.Single(grown.Feeds).Added.Count);
        Assert.Equal(1, reloads());
        Assert.Equal(3, host.Files().Count);
        Assert.Single(_site.Requests, r => r == "/harbour.html");
        Assert.Single(_site.Requests, r => r == "/river.html");
        Assert.Equal(feed.Requests[1].IfNoneMatch, feed.Requests[2].IfNoneMatch);

        _time.Advance(Interval);
        await poller.PollDueAsync(CancellationToken.None);
        Assert.NotEqual(feed.Requests[2].IfNoneMatch, feed.Requests[3].IfNoneMatch);
        Assert.Equal(1, reloads());
        Assert.Contains("3 articles added", (await host.AsAdminAsync("/feeds")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtomFeed_UnchangedAnswers304ToIfModifiedSince_AndGrownAddsOnlyTheNewEntries()
    {
        var feed = new TestFeed(atom: true, "Coastal Dispatches");
        _site.Map("/atom.xml", feed.HandleAsync);
        ServePages();
        feed.Add(new TestEntry("urn:entry:1", "Grain corridor talks resume", _site.Url("grain.html").AbsoluteUri, FeedStories.Html(Grain)));
        using var host = Host();
        var first = await host.AsAdminAsync($"/feeds add {_site.Url("atom.xml")}");
        Assert.Contains("Added 1 article", first.Text(), StringComparison.Ordinal);
        var poller = host.Services.GetRequiredService<FeedPoller>();
        var reloads = CountReloads(host);

        _time.Advance(Interval);
        var unchanged = await poller.PollDueAsync(CancellationToken.None);

        Assert.True(Assert.Single(unchanged.Feeds).NotModified);
        Assert.Equal("Mon, 02 Nov 2026 10:00:00 GMT", feed.Requests[1].IfModifiedSince);

        feed.Add(new TestEntry("urn:entry:2", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri));
        _time.Advance(Interval);
        var grown = await poller.PollDueAsync(CancellationToken.None);

        var added = Assert.Single(Assert.Single(grown.Feeds).Added);
        Assert.Equal(TestArticles.Title, added.Title);
        Assert.Equal(1, reloads());
        Assert.Equal(2, host.Files().Count);
    }

    [Fact]
    public async Task FeedTurning500_IsReportedOnce_RetriedWithBackoff_AndItsRecoveryReportedOnce()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri));
        using var host = Host();
        await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");
        var poller = host.Services.GetRequiredService<FeedPoller>();
        feed.FailWith = 500;

        _time.Advance(Interval);
        await poller.PollDueAsync(CancellationToken.None);
        var notice = Assert.Single(_sender.Sent);
        Assert.Equal(IntakeHost.Admin.ChatId, notice.ChatId);
        Assert.Contains("is failing: The feed answered 500 Internal Server Error", notice.Text, StringComparison.Ordinal);

        // Backing off: the next poll waits twice the interval, then four times.
        _time.Advance(Interval);
        await poller.PollDueAsync(CancellationToken.None);
        Assert.Equal(2, feed.Requests.Count);
        _time.Advance(Interval);
        await poller.PollDueAsync(CancellationToken.None);
        Assert.Equal(3, feed.Requests.Count);
        _time.Advance(Interval * 2);
        await poller.PollDueAsync(CancellationToken.None);
        Assert.Equal(3, feed.Requests.Count);
        _time.Advance(Interval * 2);
        await poller.PollDueAsync(CancellationToken.None);
        Assert.Equal(4, feed.Requests.Count);
        Assert.Single(_sender.Sent);
        var listed = (await host.AsAdminAsync("/feeds")).Text();
        Assert.Contains("Failing (3 in a row): The feed answered 500 Internal Server Error", listed, StringComparison.Ordinal);

        feed.FailWith = null;
        _time.Advance(Interval * 8);
        await poller.PollDueAsync(CancellationToken.None);
        _time.Advance(Interval);
        await poller.PollDueAsync(CancellationToken.None);

        Assert.Equal(2, _sender.Sent.Count);
        Assert.Contains("works again, after 3 failed polls", _sender.Sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("No errors.", (await host.AsAdminAsync("/feeds")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameArticleInAFeedUnderAnotherLink_IsNotStoredTwice()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", TestArticles.Title, _site.Url("mirror/harbour-copy.html?edition=north").AbsoluteUri));
        using var host = Host();
        await host.AsAdminAsync($"/add {_site.Url("harbour.html")}");

        var reply = await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");

        Assert.Contains("Nothing new to add from it.", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Already added (1): Harbour talks stall as fishing quotas divide the north (harbour-talks-stall-as-fishing-quotas-divide-the-north.md)", reply.Text(), StringComparison.Ordinal);
        Assert.Single(host.Files());
    }

    [Fact]
    public async Task NotAFeed_NonAdmins_PrivateAddresses_AndUnknownFeeds_AreRefusedInOneSentence_AndNothingIsFollowed()
    {
        ServePages();
        using var host = Host();

        Assert.Equal("That is not an RSS or Atom feed I can read.", (await host.AsAdminAsync($"/feeds add {_site.Url("harbour.html")}")).Text().Trim());
        Assert.Equal(ReplyStatus.Refused, (await host.AsUserAsync($"/feeds add {_site.Url("feed.xml")}")).Status);
        Assert.Equal("I only follow http and https feeds, written in full (https://...).", (await host.AsAdminAsync("/feeds add ftp://127.0.0.1/feed.xml")).Text().Trim());
        Assert.Equal("I do not follow that feed; /feeds lists the ones I do.", (await host.AsAdminAsync($"/feeds remove {_site.Url("feed.xml")}")).Text().Trim());
        Assert.StartsWith("Use /feeds to list", (await host.AsAdminAsync("/feeds follow everything")).Text().Trim(), StringComparison.Ordinal);
        Assert.Contains("I follow no feeds yet.", (await host.AsAdminAsync("/feeds")).Text(), StringComparison.Ordinal);
        Assert.Empty(host.Files());

        using var strict = Host(allowPrivate: false);
        var requests = _site.Requests.Count;
        var refused = (await strict.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}")).Text().Trim();
        Assert.Equal("I do not fetch from 127.0.0.1: it is a loopback, private, link-local or metadata address.", refused);
        Assert.Equal(requests, _site.Requests.Count);
    }

    [Fact]
    public async Task FeedLargerThanTheFetchLimit_IsRefusedLikeAPage_AndNothingIsFollowed()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri, FeedStories.Html(Grain)));
        using var host = new IntakeHost(settings: [new("Content:MaxFetchBytes", "1000")], services: s => s.AddSingleton<TimeProvider>(_time));

        var reply = await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");

        Assert.Equal("That feed is larger than 1000 bytes, the most I fetch.", reply.Text().Trim());
        Assert.Contains("I follow no feeds yet.", (await host.AsAdminAsync("/feeds")).Text(), StringComparison.Ordinal);
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task EntryWhosePageFailsForNow_IsTriedAgainAtTheNextPoll_AndAddedThen()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", "River treaty review stalls", _site.Url("flaky.html").AbsoluteUri));
        var calls = 0;
        _site.Map("/flaky.html", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 503;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(TestArticles.Page("River treaty review stalls", River));
        });
        using var host = Host();

        var first = (await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}")).Text();
        Assert.Contains("The page answered 503 Service Unavailable, not an article; I will try again at the next poll.", first, StringComparison.Ordinal);
        Assert.Empty(host.Files());

        _time.Advance(Interval);
        var next = await host.Services.GetRequiredService<FeedPoller>().PollDueAsync(CancellationToken.None);

        // The feed had not changed, but its validators were not kept: it was read again, not answered 304.
        Assert.Null(feed.Requests[1].IfNoneMatch);
        Assert.Equal("River treaty review stalls", Assert.Single(Assert.Single(next.Feeds).Added).Title);
        Assert.Single(host.Files());
    }

    [Fact]
    public async Task FeedsRemove_StopsPolling_AndKeepsWhatItAdded()
    {
        var feed = Rss();
        feed.Add(new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri));
        using var host = Host();
        await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}");

        var removed = await host.AsAdminAsync($"/feeds remove {_site.Url("feed.xml?utm_source=x")}");
        _time.Advance(Interval);
        await host.Services.GetRequiredService<FeedPoller>().PollDueAsync(CancellationToken.None);

        Assert.StartsWith("I no longer follow that feed.", removed.Text().Trim(), StringComparison.Ordinal);
        Assert.Single(feed.Requests);
        Assert.Single(host.Files());
    }

    internal static readonly string[] Grain = FeedStories.About("Chile", "Peru", "Maribel Ostrander", "Andean Policy Forum", "grain corridors");

    private static readonly string[] River = FeedStories.About("Ghana", "Togo", "Kwame Adjeidu", "Volta Basin Institute", "river water");

    private TestFeed Rss()
    {
        var feed = new TestFeed(atom: false);
        _site.Map("/feed.xml", feed.HandleAsync);
        ServePages();
        return feed;
    }

    private void ServePages()
    {
        _site.Page("/harbour.html", TestArticles.Page());
        _site.Page("/mirror/harbour-copy.html", TestArticles.Page().Replace("The Northern Ledger", "Fjord Weekly", StringComparison.Ordinal));
        _site.Page("/grain.html", TestArticles.Page("Grain corridor talks resume", Grain));
        _site.Page("/river.html", TestArticles.Page("River treaty review stalls", River));
    }

    private IntakeHost Host(bool allowPrivate = true) => new(allowPrivate: allowPrivate, services: s =>
    {
        s.AddSingleton<TimeProvider>(_time);
        s.AddSingleton<BriefBot.Core.Delivery.IChatSender>(_sender);
    });

    private static Func<int> CountReloads(IntakeHost host)
    {
        var count = 0;
        host.Services.GetRequiredService<ReloadCoordinator>().Completed += _ => Interlocked.Increment(ref count);
        return () => Volatile.Read(ref count);
    }
}
