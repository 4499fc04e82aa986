using BriefBot.Core.Extraction.Text;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>The finders' word places are the tokenizer's words: same start, end, text without "'s" and capital.</summary>
public class WordRangesTests
{
    [Theory]
    [MemberData(nameof(SentenceWordsTests.TrickySentences), MemberType = typeof(SentenceWordsTests))]
    public void Ranges_AreTheTokenizersTokens(string sentence)
    {
        AssertSameAsTokenizer(sentence);
    }

    [Fact]
    public void Ranges_OfALongSentence_AfterAShortOne_AreItsOwn()
    {
        _ = WordRanges.Of("Short one.");
        var longSentence = string.Join(' ', Enumerable.Repeat("Côte d’Ivoire’s Council", 200));

        var ranges = WordRanges.Of(longSentence);

        Assert.Equal(600, ranges.Length);
        Assert.Equal("Council", ranges[599].Raw(longSentence).ToString());
    }

    [Property(MaxTest = 500)]
    public void Ranges_AreTheTokenizersTokens_ForAnyMixOfTrickyPieces(int[] picks)
    {
        var pieces = SentenceWordsTests.Pieces;
        AssertSameAsTokenizer(string.Concat((picks ?? []).Select(p => pieces[Math.Abs(p % pieces.Length)])));
    }

    private static void AssertSameAsTokenizer(string sentence)
    {
        var ranges = new List<(int Start, int End, string Raw, bool Capitalised)>();
        foreach (var word in WordRanges.Of(sentence))
        {
            ranges.Add((word.Start, word.End, word.Raw(sentence).ToString(), word.IsCapitalised(sentence)));
        }

        Assert.Equal(Tokenizer.Tokenize(sentence).Select(t => (t.Start, t.End, t.Raw, t.IsCapitalised)), ranges);
    }
}
