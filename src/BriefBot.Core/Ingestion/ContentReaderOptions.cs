namespace BriefBot.Core.Ingestion;

/// <summary>Limits for reading a content folder.</summary>
/// <param name="MaxFileBytes">Files larger than this are rejected unread.</param>
public sealed record ContentReaderOptions(long MaxFileBytes = 5 * 1024 * 1024);
