using BriefBot.Core.Content;
using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Knowledge;

/// <summary>Reads a content folder and learns from it: files → articles → extraction → snapshot.</summary>
public sealed class KnowledgeBuilder(TimeProvider time)
{
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <remarks>Every step uses at most <see cref="ContentReaderOptions.MaxParallelism"/> cores.</remarks>
    public KnowledgeSnapshot BuildFromFolder(string folder, ContentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(ContentFolderReader.Read(folder, options), options.MaxParallelism);
    }

    public KnowledgeSnapshot Build(ContentLoadResult content, int maxParallelism = BuildParallelism.AllCores)
    {
        ArgumentNullException.ThrowIfNull(content);
        var index = BuildParallelism.StartIndexBesideExtraction(content.Articles, maxParallelism);
        var extraction = CorpusExtractor.Extract(content.Articles, maxParallelism);
        return new KnowledgeSnapshot(content, extraction, time.GetUtcNow(), maxParallelism, index?.GetAwaiter().GetResult());
    }
}
