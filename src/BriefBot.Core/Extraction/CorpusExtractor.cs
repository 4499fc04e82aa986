using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>Learns actors, experts, concepts and readings from articles, merged across all of them (then <see cref="EntityConsolidation"/>).</summary>
public static class CorpusExtractor
{
    /// <param name="maxParallelism">Cores the extraction may use (<see cref="BuildParallelism"/>); -1 for all.</param>
    public static CorpusExtraction Extract(IReadOnlyList<Article> articles, int maxParallelism = BuildParallelism.AllCores)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return EntityConsolidation.Apply(new ExtractionRun(articles, BuildParallelism.Options(maxParallelism)).Run(), articles);
    }
}
