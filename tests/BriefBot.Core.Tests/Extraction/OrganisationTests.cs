using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>Organisations, acronyms and bodies of state in text written as real reports write them.</summary>
public class OrganisationTests
{
    private static List<string> Actors(CorpusExtraction x) =>
        x.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => e.Name).ToList();

    [Fact]
    public void Organisations_AcronymUsedAloneInOneArticle_JoinsTheFullNameSpeltOutInAnother()
    {
        var x = ExtractionFixture.Extract(
            ("one.txt", "Grain Routes\n\nThe Southern Grain Exporters Council met in Lisbon to discuss quotas. Its members disagreed about prices.\n"),
            ("two.txt", "Quota Talks\n\nThe SGEC has asked buyers for patience. Traders expect the SGEC to act before the harvest.\n"));

        var council = x.Named("Southern Grain Exporters Council");
        Assert.Contains("SGEC", council.Aliases);
        Assert.Equal(["one", "two"], council.ArticleIds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("SGEC", Actors(x));
    }

    [Fact]
    public void AnAcronymAPaperWritesAsAWord_IsTheBodyItStandsFor_AndOneActorWithItsCapitals()
    {
        var x = ExtractionFixture.Extract(
            ("wire.txt", "Alliance Meets\n\nThe North Atlantic Treaty Organization (NATO) met in Oslo on Monday to discuss the northern flank.\n"),
            ("paper.txt", "Troops Move\n\nOstmark accused Nato of stirring up trouble, and Asean ministers called for calm.\n"));

        var alliance = Assert.Single(x.Entities, e => e.Aliases.Contains("NATO") || e.Name == "NATO");
        Assert.Contains(alliance.Mentions, m => m.ArticleId == "paper");
        Assert.Contains(x.Entities, e => e.Name == "ASEAN" && e.Kind == EntityKind.Actor);
    }

    [Fact]
    public void APlaceNamedOnlyToLocateSomething_IsNoMentionOfItsState_WhileAStateThatActsIs()
    {
        var x = ExtractionFixture.Extract(
            ("court.txt", "Court Under Fire\n\nThe Hague-based court and a Tokyo-born judge said on Monday that the work would go on.\n\nA Beijing-backed group disagreed.\n"));

        Assert.DoesNotContain(x.Entities, e => e.Name is "Netherlands" or "Japan");
        Assert.Contains(x.Entities, e => e.Name == "China" && e.ActorKind == ActorKind.State);
    }

    [Fact]
    public void Organisations_AcronymWithTheFullNameInBrackets_IsOneActor()
    {
        var x = ExtractionFixture.Extract(("rules.txt", "Fishing Rules\n\nBoth sides will fish under MFA (Maritime Fisheries Authority) rules until a deal is found. Observers praised the MFA for its patience.\n"));

        Assert.Contains("MFA", x.Named("Maritime Fisheries Authority").Aliases);
        Assert.DoesNotContain("MFA", Actors(x));
    }

    [Fact]
    public void Organisations_LooseInitials_FitALongNameSeenInTheSameArticle()
    {
        var x = ExtractionFixture.Extract(("coast.txt", "Coast Guards\n\nThe Economic Union of Coastal Nations sent observers. Later, ECUCON officials said the vote was fair.\n"));

        Assert.Contains("ECUCON", x.Named("Economic Union of Coastal Nations").Aliases);
    }

    [Fact]
    public void Organisations_WordsShoutedInCapitals_FinanceJargon_AndShipPrefixes_AreNotActors()
    {
        var x = ExtractionFixture.Extract(("shout.txt", """
            Markets Wobble

            PORTVILLE (WIRE) - Shares fell on Tuesday after the firm delayed its IPO.
            "We MUST stop this NOW," the governor wrote, adding that markets would CRASH.
            JUST WATCHED Harbour chiefs meet the press Replay More Videos
            The destroyer USS Valiant sailed past the cape, and the OECA said it was watching.
            """));

        var actors = Actors(x);
        foreach (var junk in new[] { "PORTVILLE", "IPO", "MUST", "NOW", "CRASH", "JUST", "USS" })
        {
            Assert.DoesNotContain(junk, actors);
        }

        Assert.Contains("OECA", actors);
    }

    [Fact]
    public void Organisations_NamesCutBeforeDatesCodesAndRoles_AndAfterDescribingCompounds()
    {
        var x = ExtractionFixture.Extract(("cut.txt", """
            Patrol Report

            The Harbour Defence Department on Thursday confirmed the flight of a Coastal Navy KP-7B patrol plane.
            Shares in the Pinewood-backed Lantern Holdings rose, and Lantern Holdings said it was pleased.
            She spoke to the Regional Fisheries Commission President about quotas.
            """));

        var actors = Actors(x);
        Assert.Contains("Harbour Defence Department", actors);
        Assert.Contains("Coastal Navy", actors);
        Assert.Contains("Lantern Holdings", actors);
        Assert.Contains("Regional Fisheries Commission", actors);
        Assert.DoesNotContain(actors, a => a.Contains("Thursday", StringComparison.Ordinal) || a.Contains("KP-7B", StringComparison.Ordinal) ||
                                           a.Contains("-backed", StringComparison.Ordinal) || a.EndsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisations_MeetingsAndDeals_AreNotActors_NorTheirAcronyms()
    {
        var x = ExtractionFixture.Extract(("deal.txt", """
            Summer Talks

            Leaders met at the Lakeshore Summit to sign the Coastal Waters Agreement (CWA). The CWA takes effect in May.
            The Northern Trade Council welcomed the deal.
            """));

        var actors = Actors(x);
        Assert.DoesNotContain("Lakeshore Summit", actors);
        Assert.DoesNotContain("Coastal Waters Agreement", actors);
        Assert.DoesNotContain("CWA", actors);
        Assert.Contains("Northern Trade Council", actors);
    }

    [Fact]
    public void Organisations_NamesBeginningWithAnOrdinal_OrAPluralPossessive_AreKeptWhole()
    {
        var x = ExtractionFixture.Extract(("whole.txt", """
            Campus Notes

            Mira Solberg, head of the 22nd Century Ocean Institute at Fjordland University, spoke first.
            The People's Maritime Militia (PMM) patrolled the reef, and the Farmers' Union of the Plains protested.
            """));

        var actors = Actors(x);
        Assert.Contains("22nd Century Ocean Institute", actors);
        Assert.DoesNotContain("Century Ocean Institute", actors);
        Assert.Contains("PMM", x.Named("People's Maritime Militia").Aliases);
        Assert.Contains("Farmers' Union of the Plains", actors);
    }

    [Fact]
    public void Organisations_AUnitOfANamedBody_IsTwoActors_AndAProgrammeAtAnInstitution_IsPartOfIt()
    {
        var x = ExtractionFixture.Extract(("units.txt", """
            Strait Tensions

            "Provocations will fail," said a spokesperson for the Strait Affairs Office of the State Council in the capital.
            "It is a test," said Ola Brekke, a fellow on the Arctic and Baltic Programme at Kestrel House.
            """));

        var actors = Actors(x);
        Assert.Contains("Strait Affairs Office", actors);
        Assert.Contains("State Council", actors);
        Assert.Contains("Kestrel House", actors);
        Assert.DoesNotContain(actors, a => a.Contains("Programme", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisations_BodiesOfStateWithoutTheUsualPattern_AreFound()
    {
        var x = ExtractionFixture.Extract(("bodies.txt", """
            Budget Fight

            Congress rejected the budget, and the Pentagon warned of delays.
            A Brazilian foreign ministry spokesman said talks would go on. The US state department declined to comment.
            Norway's Foreign Ministry summoned the envoy.
            """));

        var actors = Actors(x);
        Assert.Contains("Congress", actors);
        Assert.Contains("Pentagon", actors);
        Assert.Contains("Brazilian foreign ministry", actors);
        Assert.Contains("US state department", actors);
        Assert.Contains("Norwegian Foreign Ministry", actors);
        Assert.DoesNotContain("Foreign Ministry", actors);
    }

    [Fact]
    public void Organisations_NamedOnlyByTheirContext_AsSourcesOrByTheirKind_AreFound()
    {
        var x = ExtractionFixture.Extract(("sources.txt", """
            Pound Slides

            The pound could fall further, according to analysts at Harrowgate Partners.
            "Demand is weak," said Lena Voss, an economist at Quillon, in a note.
            The claim was carried by the state-run Meridia news agency and denied by the Westbridge lobby group.
            """));

        var actors = Actors(x);
        Assert.Contains("Harrowgate Partners", actors);
        Assert.Contains("Quillon", actors);
        Assert.Contains("Meridia", actors);
        Assert.Contains("Westbridge", actors);
    }

    [Fact]
    public void Organisations_DaysOfTheWeek_AreNeverActors()
    {
        var x = ExtractionFixture.Extract(("days.txt", """
            Weekend Moves

            The security adviser said on Sunday that more states would follow. Prime Minister Ivo Marek said Monday (May 3) that talks went well.
            """));

        var actors = Actors(x);
        Assert.DoesNotContain("Sunday", actors);
        Assert.DoesNotContain("Monday", actors);
    }

    [Fact]
    public void Organisations_AnAcronymWrittenAsAWord_InBracketsAfterTheName_IsItsAlias()
    {
        var x = ExtractionFixture.Extract(("bloc.txt", "Bloc Talks\n\nThe Union of Southern Ocean States (Usos) met on the island. Later, Usos ministers agreed a fishing code.\n"));

        var union = x.Named("Union of Southern Ocean States");
        Assert.Contains("Usos", union.Aliases);
        Assert.DoesNotContain("Usos", Actors(x));
    }

    [Fact]
    public void Organisations_AGroupListedBesideAGovernment_IsAnActor()
    {
        var x = ExtractionFixture.Extract(("war.txt", "Valley Fighting\n\nThe conduct of the Ravagers, the Freedonian government and foreign troops is under review. Prosecutors say the Ravagers burned villages.\n"));

        Assert.Equal(2, x.Named("Ravagers").Mentions.Count);
    }
}
