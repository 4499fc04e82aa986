using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;
using Xunit.Abstractions;

namespace BriefBot.Core.Tests.Gold;

/// <summary>The extraction bars of the issue, on the seed corpus and on the dev corpus, scored against copies of the gold files.</summary>
public class GoldBarsTests(ITestOutputHelper output)
{
    [Fact]
    public void Extraction_MeetsTheBars_OnTheSeedCorpus() => AssertBars(TestPaths.SeedCorpus, "seeds-gold.json");

    [Fact]
    public void Extraction_MeetsTheBars_OnTheDevCorpus() => AssertBars(TestPaths.DevCorpus, "dev-gold.json");

    [Fact]
    public void Extraction_MeetsTheBars_OnOurOwnSyntheticArticlesFromOtherRegions() =>
        AssertBars(Path.Combine(TestPaths.RepoRoot, "tests", "BriefBot.Core.Tests", "Extraction", "Synthetic"), "../Extraction/Synthetic/synthetic-gold.json");

    private void AssertBars(string corpus, string goldFile)
    {
        var content = ContentFolderReader.Read(corpus, new ContentReaderOptions());
        Assert.Empty(content.Rejected);
        var extraction = CorpusExtractor.Extract(content.Articles);
        var score = new GoldScore(GoldFile.Load(TestPaths.Gold(goldFile)), extraction);
        output.WriteLine(score.Report());
        Assert.True(score.MeetsBars, $"Extraction misses a bar on {goldFile}:\n{score.Report()}");
    }
}
