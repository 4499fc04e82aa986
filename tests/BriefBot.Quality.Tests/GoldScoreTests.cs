namespace BriefBot.Quality.Tests;

/// <summary>The rules of ../shared/eval/score.py, one at a time, on dumps and gold files written here.</summary>
public class GoldScoreTests
{
    private const string TwoExperts = """
        {"experts": [{"name": "Mara Okafor", "roles_any": ["fellow"], "affiliations_any": ["Harbour Institute"]},
                     {"name": "Tomas Varga", "aliases": ["Varga"], "roles_any": [], "affiliations_any": []}],
         "people": ["Mara Okafor", "Tomas Varga"]}
        """;

    [Fact]
    public void ExpertRecall_Falls_WhenAGoldExpertIsMissing()
    {
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump(experts: [Build.Expert("Mara Okafor", ["senior fellow"], ["Harbour Institute"])]));

        Assert.Equal(0.5, score["experts.recall"]);
        Assert.StartsWith("experts: recall 1/2=0.50 precision 1.00 roles 1/2 affiliations 1/2 missing=['Tomas Varga']", score.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Experts_AreFound_ByAnyGoldAliasAndDespiteCaseQuotesAndSpaces()
    {
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump(experts: [Build.Expert("MARA  OKAFOR"), Build.Expert("“Varga”")]));

        Assert.Equal(1.0, score["experts.recall"]);
    }

    [Fact]
    public void Roles_Count_WhenAGoldWordIsInTheRoles_AndAffiliations_MayBeFoundInTheRoles()
    {
        var expert = Build.Expert("Mara Okafor", roles: ["Senior Fellow at the Harbour Institute"], affiliations: []);
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump(experts: [expert, Build.Expert("Tomas Varga")]));

        Assert.Equal(1.0, score["experts.roles"]);
        Assert.Equal(1.0, score["experts.affiliations"]);
        Assert.Equal(2, score.RolesAndAffiliationsRight);
    }

    [Fact]
    public void Roles_AreWrong_WhenTheRoleWordIsOnlyInTheAffiliation()
    {
        var expert = Build.Expert("Mara Okafor", roles: ["director"], affiliations: ["Fellowship Trust"]);
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump(experts: [expert, Build.Expert("Tomas Varga")]));

        Assert.Equal(0.5, score["experts.roles"]);
        Assert.Equal(0.5, score["experts.affiliations"]);
    }

    [Fact]
    public void ExpertPrecision_Falls_WhenAnExpertIsNoPersonOfTheGoldFile()
    {
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump(experts: [Build.Expert("Mara Okafor"), Build.Expert("Coastal Ministry")]));

        Assert.Equal(0.5, score["experts.precision"]);
        Assert.Contains("not-people=['Coastal Ministry']", score.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExpertPrecision_IsZero_WhenNoExpertIsExtracted_AsScorePyHasIt()
    {
        var score = new GoldScore(Build.Gold(TwoExperts), Build.Dump());

        Assert.Equal(0.0, score["experts.precision"]);
        Assert.Equal(0.0, score["experts.recall"]);
    }

    [Fact]
    public void Leaders_CountAsFound_AsExpertOrActor_ButAsLeaders_OnlyAsActorsOfKindLeader()
    {
        var gold = Build.Gold("""{"leaders": [{"name": "Ana Reyes", "aliases": ["President Reyes"]}, {"name": "Olu Bassey"}]}""");
        var score = new GoldScore(gold, Build.Dump(experts: [Build.Expert("President Reyes")], actors: [Build.Actor("Olu Bassey", "leader")]));

        Assert.Equal(1.0, score["leaders"]);
        Assert.Equal(0.5, score["leaders.asLeaders"]);
        Assert.Equal("leaders: 2/2", score.Lines[1]);
    }

    [Fact]
    public void ActorJunk_IsJudgedByTheNameShown_NotByAliases()
    {
        var gold = Build.Gold("""{"actors": [{"name": "Harbour League"}], "not_actors": ["Monday", "Watch Live"]}""");
        var score = new GoldScore(gold, Build.Dump(actors: [Build.Actor("Harbour League", aliases: ["Watch Live"]), Build.Actor("monday")]));

        Assert.Equal(1, score["actors.junk"]);
        Assert.Equal("actors: recall 1/1=1.00 junk 1 junk=['Monday']", score.Lines[1]);
    }

    [Fact]
    public void ActorPrecision_Falls_WhenAnActorIsOutsideTheClosedList()
    {
        var gold = Build.Gold("""{"actors": [{"name": "Harbour League", "aliases": ["HL"]}], "people": ["Ana Reyes"], "acceptable_actors": ["Coastal Ministry"]}""");
        var actors = new[] { Build.Actor("HL"), Build.Actor("Coastal Ministry"), Build.Actor("Ana Reyes"), Build.Actor("Share This Story") };
        var score = new GoldScore(gold, Build.Dump(actors: actors));

        Assert.Equal(0.75, score["actors.precision"]);
        Assert.Contains("actors precision: 3/4=0.75 wrong=['Share This Story']", score.Lines);
        Assert.EndsWith(" P-actors 0.75", score.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedListPrecisions_AreScored_OnlyWhenTheGoldFileHasTheLists()
    {
        var score = new GoldScore(Build.Gold("{}"), Build.Dump(actors: [Build.Actor("Anything")], concepts: [Build.Concept("anything")]));

        Assert.DoesNotContain(score.Figures, f => f.Name.EndsWith(".precision", StringComparison.Ordinal) && f.Name != "experts.precision");
        Assert.DoesNotContain(score.Figures, f => f.Name == "experts.sources");
        Assert.DoesNotContain(score.Figures, f => f.Name.StartsWith("leaders", StringComparison.Ordinal));
    }

    [Fact]
    public void ExpertsAsSources_CountsGoldExpertsExtraNamesAndLeaders_ButNotGoldExpertAliases()
    {
        var gold = Build.Gold("""
            {"experts": [{"name": "Tomas Varga", "aliases": ["Varga"], "roles_any": [], "affiliations_any": []}],
             "leaders": [{"name": "Ana Reyes"}], "acceptable_experts_extra": ["Lina Ho", {"name": "Sam Ode"}]}
            """);
        var experts = new[] { Build.Expert("Varga"), Build.Expert("Lina Ho"), Build.Expert("Sam Ode"), Build.Expert("Ana Reyes") };
        var score = new GoldScore(gold, Build.Dump(experts: experts));

        Assert.Equal(0.75, score["experts.sources"]);
        Assert.Contains("experts shown who are sources: 3/4=0.75 others=['Varga']", score.Lines);
    }

    [Fact]
    public void ConceptDefinitions_Count_WhenTheDefinitionHoldsAGoldWord_AndLongConceptsAreJunk()
    {
        var gold = Build.Gold("""
            {"concepts": [{"name": "hedging", "definition_any": ["both sides"]}, {"name": "buffer state", "definition_any": ["between"]}],
             "not_concepts": ["utter nonsense"], "acceptable_concepts": ["hedging", "buffer state"]}
            """);
        var concepts = new[]
        {
            Build.Concept("hedging", "keeping ties with Both Sides of a rivalry"),
            Build.Concept("buffer state", "a small country"),
            Build.Concept("Utter nonsense"),
            Build.Concept("we will never accept such terms from them"),
        };
        var score = new GoldScore(gold, Build.Dump(concepts: concepts));

        Assert.Equal(1.0, score["concepts.recall"]);
        Assert.Equal(0.5, score["concepts.definitions"]);
        Assert.Equal(2, score["concepts.junk"]);
        Assert.Equal(0.5, score["concepts.precision"]);
    }

    [Fact]
    public void Readings_WithANullGoldDate_MatchAReadingOfAnyDate()
    {
        var gold = Build.Gold("""{"readings": [{"date": null, "title": "Tides of Influence", "author": "Mara Okafor"}]}""");
        var score = new GoldScore(gold, Build.Dump(readings: [Build.Reading("“Tides of Influence”", "2021-03-04", "Okafor")]));

        Assert.Equal(1.0, score["readings.recall"]);
        Assert.Equal(1.0, score["readings.attributed"]);
    }

    [Theory]
    [InlineData("2019", "2019", 1.0)]
    [InlineData("2019", "2019-04-04", 0.0)]
    [InlineData("2019-04-04", "2019-04-04", 1.0)]
    [InlineData("2019-04-04", null, 0.0)]
    public void Readings_WithAGoldDate_MatchOnlyThatDate_AsTheDumpPrintsIt(string goldDate, string? dumpDate, double recall)
    {
        var gold = Build.Gold($$"""{"readings": [{"date": "{{goldDate}}", "title": "Tides of Influence", "author": "Mara Okafor"}]}""");
        var score = new GoldScore(gold, Build.Dump(readings: [Build.Reading("Tides of Influence", dumpDate, "Mara Okafor")]));

        Assert.Equal(recall, score["readings.recall"]);
    }

    [Fact]
    public void Readings_MissingByDate_ArePrintedAsPythonPrintsThem()
    {
        var gold = Build.Gold("""{"readings": [{"date": null, "title": "A", "author": "X"}, {"date": "2020", "title": "B", "author": "Y"}]}""");
        var score = new GoldScore(gold, Build.Dump());

        Assert.Equal("readings: recall 0/2=0.00 attributed 0/2 missing=[None, '2020']", score.Lines[^2]);
    }

    [Fact]
    public void Meets_AppliesScorePysBounds_ToTheWorstRecallAndEveryPrecision()
    {
        var gold = Build.Gold("""{"experts": [{"name": "Tomas Varga", "roles_any": [], "affiliations_any": []}], "people": ["Tomas Varga"], "acceptable_actors": []}""");
        var score = new GoldScore(gold, Build.Dump(experts: [Build.Expert("Tomas Varga")], actors: [Build.Actor("Nowhere Office")]));

        Assert.True(score.Meets(1.0, 0.0));
        Assert.False(score.Meets(0.0, 0.5));
    }
}
