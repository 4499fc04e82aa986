using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Search;

public class SentenceIndexTests
{
    private readonly Core.Search.SentenceIndex _index = SampleCorpus.Build().Index;

    [Fact]
    public void Search_RanksSentenceWithRarerTermsFirst()
    {
        var hits = _index.Search("dams upper river", 3);

        Assert.Equal("Kenya has nonetheless invested in three new dams on the upper river.", hits[0].Sentence.Text);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_MatchesPluralsAndCase()
    {
        var hits = _index.Search("QUARRELS", 5);

        Assert.Contains(hits, h => h.Sentence.Text.StartsWith("Kenya and Uganda quarrel", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ReturnsNothing_ForStopWordsOrUnknownWords()
    {
        Assert.Empty(_index.Search("the of and", 5));
        Assert.Empty(_index.Search("zeppelin", 5));
    }

    [Fact]
    public void Search_IsSafeFromManyThreadsAtOnce()
    {
        var expected = _index.Search("Kenya dams", 5).Select(h => h.Sentence.Text).ToList();

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => _index.Search("Kenya dams", 5).Select(h => h.Sentence.Text).ToList()).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
