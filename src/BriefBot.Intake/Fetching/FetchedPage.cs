namespace BriefBot.Intake.Fetching;

/// <summary>A page as fetched: where it ended up after redirects, what it says it is, and its bytes (within the limit).</summary>
public sealed record FetchedPage(Uri RequestedUri, Uri FinalUri, string? MediaType, string? Charset, byte[] Body);
