using BriefBot.Core.Text;

namespace BriefBot.Core.Tests.Readability;

public class ShownTextTests
{
    [Theory]
    [InlineData("He argues that the dam is late.")]
    [InlineData("This is why the talks failed.")]
    [InlineData("However, the river keeps rising.")]
    [InlineData("After all, the basin is shared.")]
    [InlineData("“They never listen,” she said.")]
    [InlineData("It’s a tool of pressure.")]
    public void OpensWithBackPointer_IsTrue_ForPronounsAndConnectives(string sentence) =>
        Assert.True(StandAlone.OpensWithBackPointer(sentence));

    [Theory]
    [InlineData("Norway funds the basin commission.")]
    [InlineData("It is clear that the treaty will hold.")]
    [InlineData("There is a growing consensus among engineers.")]
    [InlineData("Both Kenya and Uganda signed the accord.")]
    [InlineData("As for the “blue bargain”, it was proposed in May.")]
    public void OpensWithBackPointer_IsFalse_ForSentencesThatStandAlone(string sentence) =>
        Assert.False(StandAlone.OpensWithBackPointer(sentence));

    [Fact]
    public void ResolveOpeningPronoun_PutsTheNameInBrackets()
    {
        Assert.Equal("[Ingrid Solberg] argues the dam is late.", StandAlone.ResolveOpeningPronoun("He argues the dam is late.", "Ingrid Solberg"));
        Assert.Equal("[Ingrid Solberg’s] view is plain.", StandAlone.ResolveOpeningPronoun("Her view is plain.", "Ingrid Solberg"));
    }

    [Theory]
    [InlineData("Will the Pact Survive Its Own Success?.", "Will the Pact Survive Its Own Success?")]
    [InlineData("He is of the view  that\u00a0rivers bind.", "He is of the view that rivers bind.")]
    [InlineData("Dams,, canals and locks", "Dams, canals and locks")]
    [InlineData("The U.S., Kenya and Norway met.", "The U.S., Kenya and Norway met.")]
    [InlineData("Wait for it...", "Wait for it...")]
    public void Tidy_CollapsesWhitespace_AndDropsDoubledPunctuation(string text, string expected) =>
        Assert.Equal(expected, ShownText.Tidy(text));

    [Fact]
    public void EndSentence_AddsAStopOnlyWhereNoneIs()
    {
        Assert.Equal("Why now?", ShownText.EndSentence("Why now?"));
        Assert.Equal("Rivers that bind.", ShownText.EndSentence("Rivers that bind"));
    }

    [Fact]
    public void Clip_CutsAtAClauseEnd_WithAnEllipsis()
    {
        var text = "The commission met in Kampala on Monday, and the delegates agreed on a timetable for the survey of the upper basin.";

        var clipped = ShownText.Clip(text, 80);

        Assert.Equal("The commission met in Kampala on Monday…", clipped);
    }
}
