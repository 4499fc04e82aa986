using BriefBot.Core.Extraction;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

public class CorpusExtractorTests
{
    private const string Horn = """
        Ports and Power on the Horn of Africa

        By Selam Tesfaye

        Ethiopian planners want a port, and Addis Ababa has said so loudly. Yonas Bekele, a senior analyst at the Horn Policy Institute, argues that the quest is about prestige as much as trade.

        Bekele points out that Djibouti earns most of its revenue from Ethiopian cargo. Prime Minister Dawit Alemu of Ethiopia has called access to the sea "an existential question for a nation of this size and history."

        A crowded coast

        The Intergovernmental Authority on Development (IGAD) has urged calm, and IGAD envoys visited Mogadishu. Analysts describe the rivalry as "port diplomacy": the use of harbour deals to buy political influence along the coast.

        Bekele developed the argument in "Harbours of Ambition" (2 February 2023).

        Selam Tesfaye is a Nairobi-based journalist.
        """;

    [Fact]
    public void Extract_ResolvesASurnameBackReference_ToTheFullNameWithRoleAndAffiliation()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var expert = x.Named("Yonas Bekele");
        Assert.Equal("expert:yonas-bekele", expert.Id);
        Assert.Equal(EntityKind.Expert, expert.Kind);
        Assert.Contains("senior analyst", expert.Roles);
        Assert.Contains("Horn Policy Institute", expert.Affiliations);
        Assert.Contains("Bekele", expert.Aliases);
        Assert.Equal(3, expert.Mentions.Count); // full name, "Bekele points out", "Bekele developed"
        Assert.DoesNotContain(x.Entities, e => e.Name == "Bekele");
    }

    [Fact]
    public void Extract_IncludesTheAuthor_WithTheRoleFromTheClosingLine()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var author = x.Named("Selam Tesfaye");
        Assert.Equal(EntityKind.Expert, author.Kind);
        Assert.Contains(author.Roles, r => r.Contains("journalist", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MakesAPersonInPoliticalOffice_ALeaderActor_WithTheirQuote()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var leader = x.Named("Dawit Alemu");
        Assert.Equal(EntityKind.Actor, leader.Kind);
        Assert.Equal(ActorKind.Leader, leader.ActorKind);
        Assert.Equal("actor:dawit-alemu", leader.Id);
        Assert.Contains("Prime Minister", leader.Roles);
        Assert.Contains("Ethiopia", leader.Affiliations);
        var quote = Assert.Single(leader.Quotes);
        Assert.StartsWith("an existential question", quote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Concept && e.Name.StartsWith("an existential", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FoldsDemonymsAndCapitalsIntoTheirState_InEverySentenceThatUsesThem()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var ethiopia = x.Named("Ethiopia");
        Assert.Equal(ActorKind.State, ethiopia.ActorKind);
        Assert.Contains("Ethiopian", ethiopia.Aliases);
        Assert.Contains("Addis Ababa", ethiopia.Aliases);
        Assert.Equal(3, ethiopia.Mentions.Count); // "Ethiopian planners ... Addis Ababa", "Ethiopian cargo", "of Ethiopia"
        Assert.Equal(ActorKind.State, x.Named("Somalia").ActorKind); // only ever named by its capital
        Assert.DoesNotContain(x.Entities, e => e.Name == "Kenya"); // only "Nairobi-based": a place that locates something, no actor
    }

    [Fact]
    public void Extract_TakesAnAcronymFromBrackets_AndCountsTheAcronymUsedAlone()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var igad = x.Named("Intergovernmental Authority on Development");
        Assert.Equal(ActorKind.Organisation, igad.ActorKind);
        Assert.Contains("IGAD", igad.Aliases);
        Assert.Single(igad.Mentions); // both in one sentence
        Assert.DoesNotContain(x.Entities, e => e.Name == "IGAD");
    }

    [Fact]
    public void Extract_NeverMakesHeadingsOrSentenceInitialWordsActors()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var actors = x.Entities.Where(e => e.Kind == EntityKind.Actor).Select(e => e.Name).ToList();
        Assert.DoesNotContain("A crowded coast", actors);
        Assert.DoesNotContain("Analysts", actors);
        Assert.DoesNotContain("Ports and Power", actors);
    }

    [Fact]
    public void Extract_GivesAConceptTheClauseThatDefinesIt()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var concept = x.Named("port diplomacy");
        Assert.Equal("concept:port-diplomacy", concept.Id);
        Assert.StartsWith("The use of harbour deals", concept.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FindsARunningTextCitation_WithDateAndTheAuthorNamedBeforeIt()
    {
        var x = ExtractionFixture.Extract(("horn.txt", Horn));

        var reading = Assert.Single(x.Readings);
        Assert.Equal("reading:harbours-of-ambition", reading.Id);
        Assert.Equal(new DateOnly(2023, 2, 2), reading.Date);
        Assert.Equal(["Yonas Bekele"], reading.Authors);
        Assert.Equal("horn", reading.ArticleId);
        Assert.Contains("expert:yonas-bekele", reading.TopicIds);
        Assert.Contains("actor:ethiopia", reading.TopicIds);
    }

    [Fact]
    public void Extract_SplitsRolesRespectively_AndAttributesDatedListsToTheLeadInOrToTheAuthor()
    {
        var x = ExtractionFixture.Extract(("baltic.txt", """
            Baltic Cables

            By Marta Kowalczyk

            Jonas Petrauskas and Liisa Tamm, a lecturer at Vilnius University and a fellow at the Tallinn Digital Forum respectively, mapped the cable network in two studies:

            4 May 2021: “Wires under water”

            9 June 2022: “The seabed as a frontier”

            I have written about the insurance side in:

            1 December 2022: “Who pays for a cut cable?”
            """));

        var jonas = x.Named("Jonas Petrauskas");
        Assert.Equal(["lecturer"], jonas.Roles);
        Assert.Equal(["Vilnius University"], jonas.Affiliations);
        var liisa = x.Named("Liisa Tamm");
        Assert.Equal(["fellow"], liisa.Roles);
        Assert.Equal(["Tallinn Digital Forum"], liisa.Affiliations);

        Assert.Equal(3, x.Readings.Count);
        Assert.Equal(["Jonas Petrauskas", "Liisa Tamm"], x.Readings.Single(r => r.Title == "Wires under water").Authors);
        Assert.Equal(["Jonas Petrauskas", "Liisa Tamm"], x.Readings.Single(r => r.Title == "The seabed as a frontier").Authors);
        Assert.Equal(["Marta Kowalczyk"], x.Readings.Single(r => r.Title == "Who pays for a cut cable?").Authors);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Concept && e.Name.Contains("seabed", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MatchesAcronymsOnlyInCapitals_AndMergesAnEntityAcrossArticles()
    {
        var x = ExtractionFixture.Extract(
            ("a.txt", "Trade Winds\n\nBy Ana Souza\n\nThe US and Brazil signed a deal. Let us hope it lasts.\n"),
            ("b.md", "---\ntitle: Soy and Steel\nauthor: Ana Souza\n---\n\nWashington wants soy. Brazilian farmers want steel.\n"));

        var us = x.Named("United States");
        Assert.Equal(2, us.Mentions.Count);
        Assert.Equal(["a", "b"], us.ArticleIds.Order(StringComparer.Ordinal));
        Assert.Equal(2, x.Named("Brazil").Mentions.Count);
        Assert.Single(x.Entities, e => e.Name == "Ana Souza");
    }

    [Fact]
    public void Extract_IsDeterministic_AndEmptyForNoArticles()
    {
        var first = ExtractionFixture.Extract(("horn.txt", Horn));
        var second = ExtractionFixture.Extract(("horn.txt", Horn));

        Assert.Equal(first.Entities.Select(e => (e.Id, e.Name, e.Mentions.Count)), second.Entities.Select(e => (e.Id, e.Name, e.Mentions.Count)));
        Assert.Equal(first.Readings.Select(r => r.Id), second.Readings.Select(r => r.Id));
        var empty = CorpusExtractor.Extract([]);
        Assert.Empty(empty.Entities);
        Assert.Empty(empty.Readings);
    }

    [Fact]
    public void Extract_ReadsBritishSingleQuotes_ForTermsAndTitles_WithoutBreakingOnApostrophes()
    {
        var x = ExtractionFixture.Extract(("gulf.txt", """
            Britain’s Gulf Tilt

            By Oliver Hastings

            Ministers in London speak of an ‘east of Suez’ revival. Critics call it ‘imperial nostalgia’, the habit of mistaking old bases for new influence.

            Rachel Osei, a research fellow at the Albion Defence Institute, set out the case in ‘Britain’s return to the Gulf’ (12 July 2021).
            """));

        var concept = x.Named("imperial nostalgia");
        Assert.StartsWith("The habit of mistaking old bases", concept.Definition, StringComparison.Ordinal);
        var reading = Assert.Single(x.Readings);
        Assert.Equal("Britain’s return to the Gulf", reading.Title);
        Assert.Equal(new DateOnly(2021, 7, 12), reading.Date);
        Assert.Equal(["Rachel Osei"], reading.Authors);
        Assert.Equal(ActorKind.State, x.Named("United Kingdom").ActorKind);
    }

    [Fact]
    public void Extract_ReadsFurtherReadingLists_WithAuthorsAfterTheTitle_InSeveralDateStyles()
    {
        var x = ExtractionFixture.Extract(("andes.md", """
            ---
            title: Andean Water
            author: Camila Rojas Vega
            ---

            Glaciers are shrinking.

            ## Further reading

            - March 12, 2021: “Ice and power”, by Tomasz Wren
            - 2020-06-01 — “Thirsty cities” (Camila Rojas Vega and Hugo Lindqvist)
            - 5 May 2019: Water wars that never came
            """));

        Assert.Equal(3, x.Readings.Count);
        var ice = x.Readings.Single(r => r.Date == new DateOnly(2021, 3, 12));
        Assert.Equal("Ice and power", ice.Title);
        Assert.Equal(["Tomasz Wren"], ice.Authors);
        var cities = x.Readings.Single(r => r.Date == new DateOnly(2020, 6, 1));
        Assert.Equal("Thirsty cities", cities.Title);
        Assert.Equal(["Camila Rojas Vega", "Hugo Lindqvist"], cities.Authors);
        var wars = x.Readings.Single(r => r.Date == new DateOnly(2019, 5, 5));
        Assert.Equal("Water wars that never came", wars.Title);
        Assert.Empty(wars.Authors); // a list under a heading names no author of its own
    }

    [Fact]
    public void Extract_HandlesSaidXDirectorOfY_XOfOrgHasCalled_ForeignMinisterApposition_AndTwoOrganisationsJoinedByAnd()
    {
        var x = ExtractionFixture.Extract(("caucasus.txt", """
            The Caucasus Corridor Contest

            By Nino Beridze

            "We will not accept any route that bypasses us," said Armen Petrosyan, director of the Yerevan Institute for Regional Security.
            Ali Hasanov, the foreign minister of Azerbaijan, rejected the claim. Turkish President Kemal Aydın backed Baku.
            Thomas de Waal of Carnegie Europe has called the region a "geopolitical crossroads". NATO and the Collective Security Treaty Organization (CSTO) both claim an interest.
            Demir's book "Roads and Rivalries" (Istanbul, 2021) remains useful.
            """));

        var petrosyan = x.Named("Armen Petrosyan");
        Assert.Equal(["director"], petrosyan.Roles);
        Assert.Equal(["Yerevan Institute for Regional Security"], petrosyan.Affiliations);
        Assert.StartsWith("We will not accept", Assert.Single(petrosyan.Quotes).Text, StringComparison.Ordinal);

        Assert.Equal(ActorKind.Leader, x.Named("Ali Hasanov").ActorKind);
        Assert.Contains("Azerbaijan", x.Named("Ali Hasanov").Affiliations);
        Assert.Equal(ActorKind.Leader, x.Named("Kemal Aydın").ActorKind);
        Assert.Contains("Turkey", x.Named("Kemal Aydın").Affiliations);

        Assert.Equal(["Carnegie Europe"], x.Named("Thomas de Waal").Affiliations);
        Assert.Equal(ActorKind.Organisation, x.Named("NATO").ActorKind);
        Assert.Contains("CSTO", x.Named("Collective Security Treaty Organization").Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains(" and the ", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Entities, e => e.Name == "Istanbul");
        Assert.Equal("geopolitical crossroads", x.Named("geopolitical crossroads").Name);
    }

    [Fact]
    public void Extract_ReadsAMarkdownArticleWithoutFrontMatter_BoldBylineItalicBio_AndInlineRelatedReading()
    {
        var x = ExtractionFixture.Extract(("korea.md", """
            # Seoul's Nuclear Temptation

            **By Park Ji-hoon**

            South Korean debate about nuclear weapons has moved to the centre, a trend some have dubbed the "nuclear mainstreaming" of politics.

            ## Alliance anxieties

            Dr. Emily Carter, a nonresident senior fellow at the Atlantic Futures Council, argues that extended deterrence refers to Washington's promise to defend allies with its own arsenal. Japanese officials in Tokyo watch closely, and the International Atomic Energy Agency (IAEA) has warned of a "proliferation cascade" in East Asia.

            Related reading: Carter's "The Umbrella Problem" (Global Policy Review, 2 March 2022); Park Ji-hoon, "Thinking the Unthinkable in Seoul" (11 November 2021).

            *Park Ji-hoon is a columnist at the Hankuk Daily.*
            """));

        var author = x.Named("Park Ji-hoon");
        Assert.Equal(["columnist"], author.Roles);
        Assert.Equal(["Hankuk Daily"], author.Affiliations);
        Assert.Equal(["nonresident senior fellow"], x.Named("Emily Carter").Roles);
        Assert.Contains("IAEA", x.Named("International Atomic Energy Agency").Aliases);
        Assert.Equal("Washington's promise to defend allies with its own arsenal.", x.Named("extended deterrence").Definition);
        Assert.True(x.Has("nuclear mainstreaming"));
        Assert.True(x.Has("proliferation cascade"));
        Assert.Equal(["Emily Carter"], x.Readings.Single(r => r.Title == "The Umbrella Problem").Authors);
        Assert.Equal(["Park Ji-hoon"], x.Readings.Single(r => r.Title == "Thinking the Unthinkable in Seoul").Authors);
        Assert.Equal(new DateOnly(2022, 3, 2), x.Readings.Single(r => r.Title == "The Umbrella Problem").Date);
    }
}
