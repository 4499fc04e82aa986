using BriefBot.Core.Extraction.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>The mention scan's reused word buffers read a sentence exactly as the tokenizer does.</summary>
public class SentenceWordsTests
{
    internal static readonly string[] Pieces =
    [
        "Russia", "RUSSIA", "Russia's", "Russia’s", "Sciences’", "Sciences'", "O’Neill", "o'neill's", "Côte d’Ivoire", "Türkiye",
        "Trade & Investment", "&", "the", "EU", "U.S.", "2019", "Two-Track", "«quoted»", "“said”", " ", "  ", ", ", ". ", "’s", "'",
        "İstanbul", "straße", "ΑΘΗΝΑ", "naïve", "—", "(NATO)",
    ];

    /// <summary>Sentences with possessives, marks, ampersands and nothing at all, for every scanner that must split as the tokenizer does.</summary>
    public static TheoryData<string> TrickySentences =>
    [
        "Russia's Security  Council met the EU & NATO.",
        "O’Neill’s view of the Sciences’ report, “two-track diplomacy”, was naïve.",
        "",
        "  ,; ",
        "&&",
    ];

    [Theory]
    [MemberData(nameof(TrickySentences))]
    public void Words_AreTheTokenizersTokens(string sentence)
    {
        AssertSameAsTokenizer(sentence);
    }

    [Property(MaxTest = 500)]
    public void Words_AreTheTokenizersTokens_ForAnyMixOfTrickyPieces(int[] picks)
    {
        var sentence = string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));
        AssertSameAsTokenizer(sentence);
    }

    [Fact]
    public void Words_OfALongSentence_AfterAShortOne_AreItsOwn()
    {
        var words = new SentenceWords();
        words.Read("Short one.");
        var longSentence = string.Join(' ', Enumerable.Repeat("Côte d’Ivoire’s Council", 200));
        words.Read(longSentence);
        Assert.Equal(600, words.Count);
        Assert.Equal("council", words.Folded(599).ToString());
    }

    private static void AssertSameAsTokenizer(string sentence)
    {
        var words = new SentenceWords();
        words.Read("A sentence read before, to be forgotten.");
        words.Read(sentence);
        var tokens = Tokenizer.Tokenize(sentence);
        Assert.Equal(tokens.Count, words.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(tokens[i].Start, words.Start(i));
            Assert.Equal(tokens[i].Raw, words.Raw(i).ToString());
            Assert.Equal(tokens[i].Folded, words.Folded(i).ToString());
            Assert.Equal(tokens[i].IsCapitalised, words.IsCapitalised(i));
        }
    }
}
