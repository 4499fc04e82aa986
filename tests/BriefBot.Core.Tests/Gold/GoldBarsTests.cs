using BriefBot.Quality;
using Xunit.Abstractions;

namespace BriefBot.Core.Tests.Gold;

/// <summary>
/// The extraction bars of the issue, on the seed corpus and on the dev corpus, scored against copies of the gold files
/// by the quality report's scorer (the rules of ../shared/eval/score.py).
/// </summary>
public class GoldBarsTests(ITestOutputHelper output)
{
    private const string Bars =
        "bars: experts recall 1.00, precision 0.95, role and affiliation both right 0.85; leaders 1.00; actors recall 0.90, junk 0; " +
        "concepts recall 0.80, definitions 0.60, junk (listed or longer than six words) 0; readings recall 1.00, attributed 0.90";

    [Fact]
    public void Extraction_MeetsTheBars_OnTheSeedCorpus() => AssertBars(TestPaths.SeedCorpus, "seeds-gold.json");

    [Fact]
    public void Extraction_MeetsTheBars_OnTheDevCorpus() => AssertBars(TestPaths.DevCorpus, "dev-gold.json");

    [Fact]
    public void Extraction_MeetsTheBars_OnOurOwnSyntheticArticlesFromOtherRegions() =>
        AssertBars(Path.Combine(TestPaths.RepoRoot, "tests", "BriefBot.Core.Tests", "Extraction", "Synthetic"), "../Extraction/Synthetic/synthetic-gold.json");

    private void AssertBars(string corpus, string goldFile)
    {
        var dump = Dumps.FromFolder(corpus);
        Assert.Empty(dump.Rejected);
        var score = new GoldScore(GoldFile.Load(TestPaths.Gold(goldFile)), dump);
        output.WriteLine(score.ToString());
        Assert.True(MeetsBars(score), $"Extraction misses a bar on {goldFile}:\n{score}\n{Bars}");
    }

    private static bool MeetsBars(GoldScore s) =>
        s["experts.recall"] >= 1.0 && s["experts.precision"] >= 0.95 && Figure.Ratio(s.RolesAndAffiliationsRight, s.ExpertCount) >= 0.85 &&
        s["leaders"] >= 1.0 && s["actors.recall"] >= 0.9 && s["actors.junk"] == 0 &&
        s["concepts.recall"] >= 0.8 && s["concepts.definitions"] >= 0.6 && s["concepts.junk"] == 0 &&
        s["readings.recall"] >= 1.0 && s["readings.attributed"] >= 0.9;
}
