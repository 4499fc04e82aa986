namespace BriefBot.Core.Ingestion;

/// <summary>Limits for reading a content folder.</summary>
/// <param name="MaxFileBytes">Files larger than this are rejected unread.</param>
/// <param name="MaxParallelism">Cores the reading (and a build that starts from it) may use; -1 for all.</param>
public sealed record ContentReaderOptions(long MaxFileBytes = 5 * 1024 * 1024, int MaxParallelism = Knowledge.BuildParallelism.AllCores);
