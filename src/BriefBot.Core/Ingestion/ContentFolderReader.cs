using BriefBot.Core.Content;

namespace BriefBot.Core.Ingestion;

/// <summary>Reads every article in a content folder (Markdown with front matter, plain text).</summary>
public static class ContentFolderReader
{
    /// <summary>
    /// Reads the folder. Files that cannot be read or parsed are listed in <see cref="ContentLoadResult.Rejected"/>;
    /// a missing folder throws <see cref="DirectoryNotFoundException"/>.
    /// </summary>
    public static ContentLoadResult Read(string folder, ContentReaderOptions options) =>
        throw new NotImplementedException("placeholder until ingestion lands");
}

public sealed record ContentReaderOptions(long MaxFileBytes = 5 * 1024 * 1024);
