using BriefBot.Core.Search;
using BriefBot.Core.Text;

namespace BriefBot.Core.Tests.Search;

public class SearchTokenizerTests
{
    [Theory]
    [InlineData("The Café at Lucía’s: “two-track” A&B talks, c++ and x+y.")]
    [InlineData("Naïve résumé e\u0301 o\u0308 (decomposed) and Ångström Å İstanbul ǅ")]
    [InlineData("Policies, dies, ties, es, buses, bus’s, ‘quoted’ ʼx ´y `z tomatoes trees aes")]
    [InlineData("Καλημέρα ΣΟΦΊΑ, 日本語 テスト, ＦＵＬＬ width, ﬁne ligature")]
    [InlineData("\u1FEF a \u037E b \u0387 c \u2000 d")]
    [InlineData("“Smart” quotes – dashes… «guillemets» then Cafe\u0301, Ω \u2126 and \u212B ‘end’")]
    [InlineData("A-very-long-hyphenated-compound-word-that-goes-on-and-on-beyond-sixty-four-characters-in-all-its-letters")]
    [InlineData("")]
    public void Terms_AreTheFoldedWords_WithoutStopWords_Stemmed(string text)
    {
        // A folded word alone is dropped only when it is a stop word.
        var expected = TextFolding.Words(TextFolding.Fold(text))
            .Where(w => SearchTokenizer.Terms(w).Any())
            .Select(SearchTokenizer.Stem)
            .ToList();

        Assert.Equal(expected, SearchTokenizer.Terms(text));
    }

    [Fact]
    public void Terms_DropStopWords_AndReducePlurals()
    {
        Assert.Equal(["policy", "port", "reopened"], SearchTokenizer.Terms("The policies of the ports reopened"));
    }
}
