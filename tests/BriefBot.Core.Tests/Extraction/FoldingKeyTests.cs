using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>A key is the folded words of a text joined by single spaces, however the text is written.</summary>
public class FoldingKeyTests
{
    [Theory]
    [InlineData("Russia's Security  Council", "russia security council")]
    [InlineData("Two-Track Diplomacy.", "two track diplomacy")]
    [InlineData("Trade & Investment", "trade and investment")]
    [InlineData("O'Neill's (NATO) 2019", "o'neill nato 2019")]
    [InlineData("the Sciences' view", "the sciences view")]
    [InlineData("  ,; ", "")]
    [InlineData("", "")]
    public void Key_IsTheFoldedWords_WithoutPossessives(string text, string key)
    {
        Assert.Equal(key, Folding.Key(text));
    }

    [Theory]
    [InlineData("Russia's Council", "Russia’s Council")]
    [InlineData("O'Neill's view", "O’Neill’s view")]
    [InlineData("Cote d'Ivoire", "Côte d’Ivoire")]
    public void PlainText_HasTheSameKey_AsItsTypographicTwin(string plain, string typographic)
    {
        Assert.Equal(Folding.Key(typographic), Folding.Key(plain));
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("RUSSIA")]
    [InlineData("Russia's")]
    [InlineData("Russia’s")]
    [InlineData("Russian Federation")]
    [InlineData("Türkiye")]
    [InlineData("Côte d’Ivoire")]
    public void StateNames_AreFound_HoweverTheyAreWritten(string name)
    {
        Assert.True(Gazetteer.IsStateName(name));
    }

    [Theory]
    [InlineData("Russian Council")]
    [InlineData("Harbour Club")]
    [InlineData("")]
    public void OtherNames_AreNotStates(string name)
    {
        Assert.False(Gazetteer.IsStateName(name));
    }
}
