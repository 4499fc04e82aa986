using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Matching;

public class EntityMatcherTests
{
    private readonly EntityMatcher _matcher = SampleCorpus.Build().Matcher;

    [Theory]
    [InlineData("Norway", "Norway")]
    [InlineData("NORWAY", "Norway")]
    [InlineData("nwf", "Northern Water Forum")]
    [InlineData("Solberg", "Ingrid Solberg")]
    [InlineData("ingrid solberg", "Ingrid Solberg")]
    [InlineData("hydro diplomacy", "hydro-diplomacy")]
    [InlineData("hydrodiplomacy", "hydro-diplomacy")]
    [InlineData("“hydro-diplomacy”", "hydro-diplomacy")]
    [InlineData("two track", "two-track process")]
    [InlineData("two-track approach", "two-track process")]
    public void Match_FindsEntity_ByNameAliasSurnameOrFoldedSpelling(string query, string expected)
    {
        var result = _matcher.Match(query, null);

        Assert.Equal(MatchOutcome.Found, result.Outcome);
        Assert.Equal(expected, result.Entity!.Name);
        Assert.False(result.Corrected);
    }

    [Theory]
    [InlineData("Norwya", "Norway")]
    [InlineData("Solbreg", "Ingrid Solberg")]
    [InlineData("Mensha", "Kwame Mensah")]
    public void Match_ForgivesSmallTypos_AndSaysItCorrected(string query, string expected)
    {
        var result = _matcher.Match(query, null);

        Assert.Equal(MatchOutcome.Found, result.Outcome);
        Assert.Equal(expected, result.Entity!.Name);
        Assert.True(result.Corrected);
    }

    [Fact]
    public void Match_IsAccentInsensitive()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "A", ["Lucía Ramírez, an economist, spoke first about trade."])
            .Expert("Lucía Ramírez")
            .Build();

        Assert.Equal("Lucía Ramírez", snapshot.Matcher.Match("lucia ramirez", EntityKind.Expert).Entity!.Name);
        Assert.Equal("Lucía Ramírez", snapshot.Matcher.Match("Ramirez", EntityKind.Expert).Entity!.Name);
    }

    [Fact]
    public void Match_AnswersAmbiguousName_WithEveryCandidate()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "A", ["Anna Berg and Lars Berg disagree about almost everything in the region."])
            .Expert("Anna Berg")
            .Expert("Lars Berg")
            .Build();

        var result = snapshot.Matcher.Match("Berg", EntityKind.Expert);

        Assert.Equal(MatchOutcome.Ambiguous, result.Outcome);
        Assert.Equal(["Anna Berg", "Lars Berg"], result.Candidates.Select(e => e.Name).Order());
    }

    [Fact]
    public void Match_SuggestsNearestNames_WhenNothingMatches()
    {
        var result = _matcher.Match("Northern Forum of Rivers", EntityKind.Actor);

        Assert.Equal(MatchOutcome.NotFound, result.Outcome);
        Assert.Contains(result.Candidates, e => e.Name == "Northern Water Forum");
    }

    [Fact]
    public void Match_SuggestsTheMostAlikeNamesFirst_AtMostFive()
    {
        var builder = new CorpusBuilder().Article("a", "A", ["Several analysts wrote about the northern rivers this year."]);
        foreach (var name in new[] { "Anders Holmberg", "Andrea Holmes", "Anders Lund", "Lars Holm", "Hanna Dersholm", "Sander Olm", "Kwame Mensah" })
        {
            builder.Expert(name);
        }

        var result = builder.Build().Matcher.Match("Andersson Holmqvist", EntityKind.Expert);

        Assert.Equal(MatchOutcome.NotFound, result.Outcome);
        Assert.Equal("Anders Holmberg", result.Candidates[0].Name);
        Assert.InRange(result.Candidates.Count, 2, 5);
        Assert.DoesNotContain(result.Candidates, e => e.Name == "Kwame Mensah");
    }

    [Fact]
    public void Match_FindsEntityOfAnotherKind_WhenTheAskedKindHasNone()
    {
        var result = _matcher.Match("Solberg", EntityKind.Actor);

        Assert.Equal(MatchOutcome.Found, result.Outcome);
        Assert.Equal(EntityKind.Expert, result.Entity!.Kind);
    }

    [Fact]
    public void Complete_ReturnsPrefixMatchesFirst_LimitedToMax()
    {
        var completions = _matcher.Complete("no", null, 25);

        Assert.Equal("Norway", completions[0].Name);
        Assert.All(_matcher.Complete("", null, 2), e => Assert.NotNull(e));
        Assert.Equal(2, _matcher.Complete("", null, 2).Count);
    }
}
