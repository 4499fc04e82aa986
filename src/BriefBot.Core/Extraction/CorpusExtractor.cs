using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>Learns actors, experts, concepts and readings from articles.</summary>
public static class CorpusExtractor
{
    public static CorpusExtraction Extract(IReadOnlyList<Article> articles) =>
        throw new NotImplementedException("placeholder until extraction lands");
}
