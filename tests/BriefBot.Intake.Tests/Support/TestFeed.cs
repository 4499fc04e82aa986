using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Intake.Tests.Support;

/// <summary>One entry of a test feed: with <paramref name="FullText"/> the feed carries the article, else only a summary and the link.</summary>
internal sealed record TestEntry(string Id, string Title, string Link, string? FullText = null);

/// <summary>
/// An RSS 2.0 or Atom feed served as a real server serves one: an ETag (RSS) or a Last-Modified (Atom) that changes when
/// the entries do, 304 to a conditional request when nothing changed, and whatever status a test sets meanwhile. Every
/// request's conditional headers are recorded.
/// </summary>
internal sealed class TestFeed
{
    private static readonly DateTimeOffset FirstModified = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly List<TestEntry> _entries = [];
    private readonly ConcurrentQueue<FeedRequest> _requests = new();
    private readonly bool _atom;
    private DateTimeOffset _modified = FirstModified;

    public TestFeed(bool atom, string title = "The Northern Ledger: World")
    {
        _atom = atom;
        Title = title;
    }

    public string Title { get; }

    /// <summary>Answer with this status instead of the feed (500 for a server error); null to serve the feed.</summary>
    public int? FailWith { get; set; }

    public IReadOnlyList<FeedRequest> Requests => [.. _requests];

    public void Add(params TestEntry[] entries)
    {
        // Newest first, as feeds list them.
        _entries.InsertRange(0, entries.Reverse());
        _modified = _modified.AddHours(1);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
        _requests.Enqueue(new FeedRequest(ifNoneMatch.Length == 0 ? null : ifNoneMatch, ifModifiedSince.Length == 0 ? null : ifModifiedSince));
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("<html><body>Something went wrong</body></html>");
            return;
        }

        var body = Encoding.UTF8.GetBytes(_atom ? Atom() : Rss());
        var lastModified = _modified.ToString("R", CultureInfo.InvariantCulture);
        if (_atom)
        {
            context.Response.Headers.LastModified = lastModified;
            if (ifModifiedSince.Length > 0 && DateTimeOffset.TryParse(ifModifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) && since >= _modified)
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotModified;
                return;
            }
        }
        else
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
            context.Response.Headers.ETag = etag;
            if (ifNoneMatch == etag)
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotModified;
                return;
            }
        }

        context.Response.ContentType = _atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private string Rss()
    {
        var items = string.Concat(_entries.Select(e => $"""
                <item>
                  <title>{WebUtility.HtmlEncode(e.Title)}</title>
                  <link>{WebUtility.HtmlEncode(e.Link)}</link>
                  <guid isPermaLink="false">{e.Id}</guid>
                  <pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>
                  <description>A short summary of the story.</description>
                  {(e.FullText is null ? string.Empty : $"<content:encoded><![CDATA[{e.FullText}]]></content:encoded>")}
                </item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>{Title}</title>
                <link>https://ledger.example/</link>
                <description>World news</description>
                {items}
              </channel>
            </rss>
            """;
    }

    private string Atom()
    {
        var entries = string.Concat(_entries.Select(e => $"""
                <entry>
                  <title>{WebUtility.HtmlEncode(e.Title)}</title>
                  <link rel="alternate" href="{WebUtility.HtmlEncode(e.Link)}"/>
                  <id>{e.Id}</id>
                  <updated>2026-11-02T09:00:00Z</updated>
                  <summary>A short summary of the story.</summary>
                  {(e.FullText is null ? string.Empty : $"<content type=\"html\">{WebUtility.HtmlEncode(e.FullText)}</content>")}
                </entry>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>{Title}</title>
              <id>urn:test:feed</id>
              <updated>2026-11-02T09:00:00Z</updated>
              {entries}
            </feed>
            """;
    }
}

internal sealed record FeedRequest(string? IfNoneMatch, string? IfModifiedSince);
