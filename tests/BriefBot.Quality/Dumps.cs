using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;

namespace BriefBot.Quality;

/// <summary>What to score: the project's own reader and extractor run in-process on a folder, or an `inspect --json` dump.</summary>
internal static class Dumps
{
    /// <summary>A folder read and extracted as `inspect --json` does, without building the rest of a snapshot.</summary>
    public static KnowledgeDump FromFolder(string folder)
    {
        var content = ContentFolderReader.Read(folder, new ContentReaderOptions());
        return KnowledgeDump.From(content, CorpusExtractor.Extract(content.Articles));
    }

    /// <summary>A folder, or a file holding the JSON `inspect --json` printed.</summary>
    public static KnowledgeDump From(string folderOrDump) =>
        File.Exists(folderOrDump) ? KnowledgeDump.FromJson(File.ReadAllText(folderOrDump)) : FromFolder(folderOrDump);
}
