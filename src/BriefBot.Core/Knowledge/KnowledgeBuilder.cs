using BriefBot.Core.Content;
using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;
using BriefBot.Core.Search;

namespace BriefBot.Core.Knowledge;

/// <summary>Reads a content folder and learns from it: files → articles → extraction → snapshot.</summary>
/// <param name="corrections">Admins' corrections, applied after extraction at every build; none when null.</param>
public sealed class KnowledgeBuilder(TimeProvider time, Corrections.ICorrectionStore? corrections = null)
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
        var index = StartIndexBesideExtraction(content.Articles, maxParallelism);
        var extraction = CorpusExtractor.Extract(content.Articles, maxParallelism);
        var list = corrections?.LoadAll() ?? [];
        var (corrected, used) = Corrections.CorrectionPass.Apply(extraction, list);
        return new KnowledgeSnapshot(content, corrected, time.GetUtcNow(), maxParallelism, index?.GetAwaiter().GetResult())
        {
            Corrections = list,
            CorrectionsUsed = used,
        };
    }

    /// <summary>
    /// On a build with every core, starts the sentence index (it needs only the articles) beside extraction, from its
    /// start: it shares the cores with the parallel stages and takes the one the serial steps leave idle. (Started only at
    /// the first serial step, it made the first searches on the new snapshot slower: docs/PERFORMANCE.md.) Null on a
    /// build held to fewer cores, which must stay within them.
    /// </summary>
    public static Task<SentenceIndex>? StartIndexBesideExtraction(IReadOnlyList<Article> articles, int maxParallelism) =>
        maxParallelism == BuildParallelism.AllCores && Environment.ProcessorCount > 1 ? Task.Run(() => new SentenceIndex(articles)) : null;
}
