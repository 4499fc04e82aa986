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
    public void Search_GivesTheSameHits_WhateverTheThreadSearchedBefore()
    {
        var alone = _index.Search("dams upper river", 3).Select(h => (h.Sentence.Text, h.Score)).ToList();

        _ = _index.Search("Kenya Uganda quarrel reservoir", 5);
        _ = _index.Search("zeppelin", 5);
        var after = _index.Search("dams upper river", 3).Select(h => (h.Sentence.Text, h.Score)).ToList();

        Assert.Equal(alone, after);
    }

    [Fact]
    public void Search_IsSafeFromManyThreadsAtOnce()
    {
        var expected = _index.Search("Kenya dams", 5).Select(h => h.Sentence.Text).ToList();

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => _index.Search("Kenya dams", 5).Select(h => h.Sentence.Text).ToList()).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

public class SentenceIndexCountingTests
{
    [Fact]
    public void Search_CountsEveryRepeatOfAWord_AndFindsSentencesFarApart()
    {
        var filler = Enumerable.Range(0, 3_000).Select(i => $"Filler sentence number {i} about tariffs.").ToArray();
        var snapshot = new Support.CorpusBuilder()
            .Article("far", "Far", filler.Append(string.Join(' ', Enumerable.Repeat("convoy", 300)) + ".").ToArray())
            .Article("near", "Near", [string.Join(' ', Enumerable.Repeat("convoy", 299)) + " harbour.", "A convoy sailed."])
            .Build();

        var hits = snapshot.Index.Search("convoy", 3);

        Assert.Equal(["far", "near", "near"], hits.Select(h => h.Article.Id));
        Assert.Equal(300, hits[0].Sentence.Text.Split(' ').Length);
        Assert.Equal("A convoy sailed.", hits[2].Sentence.Text);
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score);
        Assert.Equal(3_000, snapshot.Index.Search("tariffs", 5_000).Count);
    }
}
