using BriefBot.Core.Content;
using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Knowledge;

/// <summary>Reads a content folder and learns from it: files → articles → extraction → snapshot.</summary>
public sealed class KnowledgeBuilder(TimeProvider time)
{
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public KnowledgeSnapshot BuildFromFolder(string folder, ContentReaderOptions options) =>
        Build(ContentFolderReader.Read(folder, options));

    public KnowledgeSnapshot Build(ContentLoadResult content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new KnowledgeSnapshot(content, CorpusExtractor.Extract(content.Articles), time.GetUtcNow());
    }
}
