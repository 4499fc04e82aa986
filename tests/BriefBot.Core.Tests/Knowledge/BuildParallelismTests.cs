using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class BuildParallelismTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("dev")]
    public void Build_OnOneCore_LearnsExactlyWhatAnAllCoreBuildLearns(string corpus)
    {
        var folder = corpus == "seed" ? TestPaths.SeedCorpus : TestPaths.DevCorpus;
        var builder = new KnowledgeBuilder(TimeProvider.System);

        var everyCore = builder.BuildFromFolder(folder, new ContentReaderOptions());
        var oneCore = builder.BuildFromFolder(folder, new ContentReaderOptions(MaxParallelism: 1));

        Assert.Equal(Describe(everyCore), Describe(oneCore));
        Assert.Equal(
            everyCore.Index.Search("security cooperation", 5).Select(h => (h.Article.Id, h.Sentence.Index, h.Score)),
            oneCore.Index.Search("security cooperation", 5).Select(h => (h.Article.Id, h.Sentence.Index, h.Score)));
    }

    private static List<string> Describe(KnowledgeSnapshot snapshot) =>
    [
        .. snapshot.Articles.Select(a => $"article {a.Id} {a.Paragraphs.Count}"),
        .. snapshot.Entities.Select(e =>
            $"{e.Id} {e.Kind} {e.Name} [{string.Join("|", e.Aliases)}] mentions={e.Mentions.Count} quotes={e.Quotes.Count}"),
        .. snapshot.Readings.Select(r => $"reading {r.Id} {r.Title}"),
    ];
}
