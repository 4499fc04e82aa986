using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>Learns actors, experts, concepts and readings from articles, merged across all of them.</summary>
public static class CorpusExtractor
{
    public static CorpusExtraction Extract(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return new ExtractionRun(articles).Run();
    }
}
