using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_BreaksAtFullStopsQuestionAndExclamationMarks()
    {
        var s = SentenceSplitter.Split("The talks failed. Why did they fail? Nobody knows! Maybe next year.");
        Assert.Equal(["The talks failed.", "Why did they fail?", "Nobody knows!", "Maybe next year."], s);
    }

    [Fact]
    public void Split_KeepsAbbreviationsTitlesAndInitialsInsideTheSentence()
    {
        var s = SentenceSplitter.Split("Dr. Amara Osei met Prof. J. K. Mensah in Accra, e.g. at the Institute. Then Mr. Lee left.");
        Assert.Equal(["Dr. Amara Osei met Prof. J. K. Mensah in Accra, e.g. at the Institute.", "Then Mr. Lee left."], s);
    }

    [Fact]
    public void Split_KeepsDottedAcronymsUnlessASentenceOpenerFollows()
    {
        var s = SentenceSplitter.Split("Ties with the U.S. Navy grew. Trade with the U.S. The figures say otherwise.");
        Assert.Equal(["Ties with the U.S. Navy grew.", "Trade with the U.S.", "The figures say otherwise."], s);
    }

    [Fact]
    public void Split_KeepsClosingQuotesWithTheSentenceTheyEnd()
    {
        var s = SentenceSplitter.Split("She said: “We will stay. We will not move.” Her rival disagreed.");
        Assert.Equal(["She said: “We will stay.", "We will not move.”", "Her rival disagreed."], s);
    }

    [Fact]
    public void Split_DoesNotBreakBeforeALowerCaseWord()
    {
        var s = SentenceSplitter.Split("Prices rose by 2.5 per cent. in the first quarter, say analysts.");
        Assert.Single(s);
    }

    [Fact]
    public void Split_ReturnsNothingForBlankText() => Assert.Empty(SentenceSplitter.Split("   "));
}
