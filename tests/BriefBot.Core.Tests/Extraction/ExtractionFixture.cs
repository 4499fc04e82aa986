using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Tests.Ingestion;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>Writes articles to a scratch folder and runs the real reader and extractor over them.</summary>
internal static class ExtractionFixture
{
    public static CorpusExtraction Extract(params (string File, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in files)
        {
            folder.Write(file, text);
        }

        var content = ContentFolderReader.Read(folder.Path, new ContentReaderOptions());
        Assert.Empty(content.Rejected);
        return CorpusExtractor.Extract(content.Articles);
    }

    public static Entity Named(this CorpusExtraction x, string name) =>
        x.Entities.SingleOrDefault(e => e.Name == name) ??
        throw new Xunit.Sdk.XunitException($"no entity named {name}; have: {string.Join(", ", x.Entities.Select(e => e.Name))}");

    public static bool Has(this CorpusExtraction x, string name) =>
        x.Entities.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
}
