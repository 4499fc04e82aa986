namespace BriefBot.Core.Tests.Extraction;

public class TitledWorksTests
{
    private const string Arctic = """
        Patrols and Pipelines in the High North

        Ingrid Solberg, a historian at the Nordic Policy Institute and author of “The Quiet Frontier,” said the treaty would hold through the winter.

        In his 2019 article “Ice and Influence”, Marcus Feld argued that shipping lanes would matter more than oil.

        The ministry's 2018 Arctic Security Strategy called for more patrols, and a study called “Thin Ice Watch” counted forty incidents last year.

        Mr Feld's new book “Northern Lights Out” is due in the spring.

        The report “found widespread neglect” of the coastal stations, officials said.

        Anna Berg's latest book The Long Thaw, published last spring, traces the shipping boom; her book deal with a Danish publisher followed.
        """;

    [Fact]
    public void CitedWorks_AreReadings_WithAYearOrNoDate_WhenAWorkNounIntroducesTheirTitle()
    {
        var x = ExtractionFixture.Extract(("arctic.txt", Arctic));

        var byTitle = x.Readings.ToDictionary(r => r.Title);
        Assert.Equal(["Arctic Security Strategy", "Ice and Influence", "Northern Lights Out", "The Long Thaw", "The Quiet Frontier", "Thin Ice Watch"], byTitle.Keys.Order(StringComparer.Ordinal));

        Assert.Null(byTitle["The Quiet Frontier"].DateText("yyyy-MM-dd"));
        Assert.Equal(["Ingrid Solberg"], byTitle["The Quiet Frontier"].Authors);
        Assert.Equal("2019", byTitle["Ice and Influence"].DateText("yyyy-MM-dd"));
        Assert.Equal("2018", byTitle["Arctic Security Strategy"].DateText("yyyy-MM-dd"));
        Assert.Null(byTitle["Thin Ice Watch"].Date);
    }

    [Fact]
    public void QuotedFindings_AfterAWorkNoun_AreNotTitles()
    {
        var x = ExtractionFixture.Extract(("arctic.txt", Arctic));

        Assert.DoesNotContain(x.Readings, r => r.Title.StartsWith("found", StringComparison.Ordinal));
    }
}
