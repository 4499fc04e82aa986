namespace BriefBot.Intake.Fetching;

/// <summary>A page as fetched: where it ended up after redirects, what it says it is, and its bytes (within the limit).</summary>
public sealed record FetchedPage(Uri RequestedUri, Uri FinalUri, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>The server answered 304 to a conditional request: nothing changed, and <see cref="Body"/> is empty.</summary>
    public bool NotModified { get; init; }

    /// <summary>The ETag header, to send back as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified header as it came, to send back as If-Modified-Since.</summary>
    public string? LastModified { get; init; }
}

/// <summary>How to ask: what to accept, the validators of a conditional request, and what to call the thing in a refusal.</summary>
public sealed record FetchRequest(string Accept, string Noun, string? IfNoneMatch = null, string? IfModifiedSince = null)
{
    public static readonly FetchRequest Page = new("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.5", "page");

    public static FetchRequest Feed(string? etag, string? lastModified) =>
        new("application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5", "feed", etag, lastModified);
}
