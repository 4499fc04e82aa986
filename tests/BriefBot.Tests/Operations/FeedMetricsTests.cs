using BriefBot.Intake.Feeds;
using BriefBot.Testing.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Tests.Operations;

[Collection(Sequential.Name)]
public sealed class FeedMetricsTests
{
    private const string ETag = "\"first\"";

    [Fact]
    public async Task Metrics_CountFeedPollsByOutcome_AddedNotModifiedAndFailed()
    {
        await using var site = await ArticleSite.StartAsync();
        var failing = false;
        site.Map("/feed.xml", context => ServeFeedAsync(context, failing));
        await using var bot = await OperationsHost.StartAsync(configure: s =>
        {
            s["Content:AllowPrivateAddresses"] = "true";
            s["Feeds:Polling"] = "false";
        });
        var poller = bot.Host.Services.GetRequiredService<FeedPoller>();

        await bot.AskAsync(OperationsHost.Admin, $"/feeds add {site.Url("feed.xml")}");
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var unchanged = await poller.PollDueAsync(CancellationToken.None);
        failing = true;
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var failed = await poller.PollDueAsync(CancellationToken.None);

        Assert.True(Assert.Single(unchanged.Feeds).NotModified);
        Assert.NotNull(Assert.Single(failed.Feeds).Error);
        var scrape = await bot.ScrapeAsync();
        Assert.Equal(1, scrape.Value("briefbot_feed_polls_total", "outcome=added"));
        Assert.Equal(1, scrape.Value("briefbot_feed_polls_total", "outcome=not_modified"));
        Assert.Equal(1, scrape.Value("briefbot_feed_polls_total", "outcome=failed"));
        Assert.Equal(0, scrape.Value("briefbot_feed_polls_total", "outcome=unchanged"));
    }

    /// <summary>One RSS entry carrying its whole text, an ETag, 304 to a request that has it; a 500 once failing.</summary>
    private static async Task ServeFeedAsync(HttpContext context, bool failing)
    {
        if (failing)
        {
            context.Response.StatusCode = 500;
            return;
        }

        context.Response.Headers.ETag = ETag;
        if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        var paragraph = "<p>The river board of a small valley town met on a wet Tuesday evening and agreed to rebuild the old footbridge "
            + "before the spring floods, after a long debate about the cost, the timber and the pupils who cross it every morning.</p>";
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Valley Notes</title>
                <link>https://valley.example/</link>
                <description>Local notes</description>
                <item>
                  <title>Footbridge to be rebuilt before spring</title>
                  <link>https://valley.example/footbridge</link>
                  <guid isPermaLink="false">note-1</guid>
                  <pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[{paragraph}{paragraph.Replace("Tuesday", "Thursday", StringComparison.Ordinal)}]]></content:encoded>
                </item>
              </channel>
            </rss>
            """);
    }
}
