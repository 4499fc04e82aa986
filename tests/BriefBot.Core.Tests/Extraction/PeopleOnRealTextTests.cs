using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>People as real news text writes them: titles, family names first, speech verbs, roles before and after names.</summary>
public class PeopleOnRealTextTests
{
    private const string Trade = """
        Talks on the harbour deal stall again

        "Neither side wants to move first, and that is the problem," said Mr Guo Lanfeng, an expert on trade at the Eastern Policy Academy, a state think-tank.

        Mr Guo said the talks would resume after the holiday. Madam Wu Xiaolan, a former senior diplomat, wrote in a magazine that patience was needed.

        Lena Brandt, deputy director of the Baltic Program at the Harbour Institute, said the deal "could still be saved with a little imagination".

        Using short videos on the Internet, deputy trade adviser Paul Fenwick urged buyers to wait. Oskar Lindqvist was detained at the border last week.

        Speaking in Geneva, Orlando Vestergaard said the offer was final. Mr Vestergaard added that no new offer would come. Harbour Traffic said on Monday that ships were waiting.

        The executive director of the Meridian Foundation, Ms Clara Vance, said the delay would cost both sides dearly.

        Lt. Gen. Marcus D. "Buzz" Holloway said the navy would keep the lanes open.
        """;

    private const string Offices = """
        A committee chair and a president

        "We will not sign anything this year," Ghana's President Kwesi Addo told parliament on Tuesday, and President Addo repeated it later.

        "The committee has no view on the vote," said Tomas Reyes, president of the Westmoor Trade Committee, in a statement.
        """;

    private const string Juntas = """
        Sahel juntas meet the regional envoys

        General Amadou Keita, Mali's transitional president, met the envoys in the capital on Friday.

        "The border will stay open," said Captain Oumar Diallo, Burkina Faso's military ruler, after the meeting.

        Fatima Sow, a senior analyst at the Dakar Security Institute, said the two governments needed each other.
        """;

    [Fact]
    public void MilitaryRulers_AreLeaders_WithTheirRankAsRole()
    {
        var x = ExtractionFixture.Extract(("juntas.txt", Juntas));

        Assert.Equal(ActorKind.Leader, x.Named("Amadou Keita").ActorKind);
        Assert.Equal(ActorKind.Leader, x.Named("Oumar Diallo").ActorKind);
        Assert.Equal(EntityKind.Expert, x.Named("Fatima Sow").Kind);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("General", StringComparison.Ordinal) || e.Name.StartsWith("Captain", StringComparison.Ordinal));
    }

    [Fact]
    public void Experts_AreFound_WhenFamilyNameComesFirst()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        var expert = x.Named("Guo Lanfeng");
        Assert.Equal(EntityKind.Expert, expert.Kind);
        Assert.Contains("Guo", expert.Aliases);
        Assert.Contains("Eastern Policy Academy", expert.Affiliations);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Guo" || e.Name == "Lanfeng");
    }

    [Fact]
    public void TitlesBeforeNames_AreRoles_NeverNames()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        Assert.Equal(EntityKind.Expert, x.Named("Wu Xiaolan").Kind);
        Assert.Contains("former senior diplomat", x.Named("Wu Xiaolan").Roles);
        var general = x.Named("Marcus D. Holloway");
        Assert.Contains("Lt. Gen.", general.Roles);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Madam", StringComparison.Ordinal) || e.Name.StartsWith("Gen", StringComparison.Ordinal) || e.Name.Contains("Buzz", StringComparison.Ordinal));
    }

    [Fact]
    public void Affiliation_IsTheInstitution_AndTheProgrammeStaysWithTheRole()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        var expert = x.Named("Lena Brandt");
        Assert.Contains("Harbour Institute", expert.Affiliations);
        Assert.DoesNotContain("Baltic Program", expert.Affiliations);
        Assert.Contains(expert.Roles, r => r.StartsWith("deputy director", StringComparison.Ordinal) && r.Contains("Baltic Program", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoleBeforeTheNextName_IsNotAnAppositionOfThePlaceBeforeIt()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        Assert.False(x.Has("Internet"));
        Assert.Contains("deputy trade adviser", x.Named("Paul Fenwick").Roles);
    }

    [Fact]
    public void APersonMerelyMentioned_IsNotAnExpert()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Expert && e.Name == "Oskar Lindqvist");
    }

    [Fact]
    public void Speakers_AreFoundFromSpeechVerbs_WhenTheArticleNamesThemAgain()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        Assert.Equal(EntityKind.Expert, x.Named("Orlando Vestergaard").Kind);
        Assert.False(x.Has("Harbour Traffic"));
    }

    [Fact]
    public void ARoleBetweenCommasBeforeTheName_GivesRoleAndAffiliation()
    {
        var x = ExtractionFixture.Extract(("trade.txt", Trade));

        var expert = x.Named("Clara Vance");
        Assert.Contains("executive director", expert.Roles);
        Assert.Contains("Meridian Foundation", expert.Affiliations);
    }

    [Fact]
    public void HeadsOfState_AreLeaders_AndPresidentsOfCommittees_AreExperts()
    {
        var x = ExtractionFixture.Extract(("offices.txt", Offices));

        var leader = x.Named("Kwesi Addo");
        Assert.Equal(ActorKind.Leader, leader.ActorKind);
        var chair = x.Named("Tomas Reyes");
        Assert.Equal(EntityKind.Expert, chair.Kind);
        Assert.Contains("Westmoor Trade Committee", chair.Affiliations);
    }

    private const string Bodies = """
        Shops warn of empty shelves

        The Northern Grocers Federation said this week that shoppers should expect gaps on the shelves.

        "Our suppliers cannot plan for a border that changes every month," said Helen Marsh, the group's head of supply policy.

        The Coastal Court of Appeal ruled on Monday. "The ruling stands," said Peter Lowe, the court’s chief spokesman.
        """;

    [Fact]
    public void ABodyNamedOnlyByANoun_IsTheOrganisationNamedJustBefore()
    {
        var x = ExtractionFixture.Extract(("bodies.txt", Bodies));

        var marsh = x.Named("Helen Marsh");
        Assert.Contains("head of supply policy", marsh.Roles);
        Assert.Contains("Northern Grocers Federation", marsh.Affiliations);
        var lowe = x.Named("Peter Lowe");
        Assert.Contains("chief spokesman", lowe.Roles);
        Assert.Contains("Coastal Court of Appeal", lowe.Affiliations);
    }

    private const string LowerCaseOffices = """
        Harbour Law Passes

        "The navy will sail where it likes," said Tom Verhoeven, a retired Ruritanian Navy captain and a former director of operations at the Northern Command.

        Pro-market legislator Anna Kowalski said the law was "appalling" and would damage ties.

        Former Western Province premier Peter Dunmore said the law would hurt trade.
        """;

    [Fact]
    public void OfficesAndRanksInLowerCase_AreRoles_AndOfficesMakeLeaders()
    {
        var x = ExtractionFixture.Extract(("law.txt", LowerCaseOffices));

        var captain = x.Named("Tom Verhoeven");
        Assert.Equal(EntityKind.Expert, captain.Kind);
        Assert.Contains(captain.Roles, r => r.EndsWith("captain", StringComparison.Ordinal));
        Assert.Equal(ActorKind.Leader, x.Named("Anna Kowalski").ActorKind);
        Assert.Equal(ActorKind.Leader, x.Named("Peter Dunmore").ActorKind);
    }

    private const string RolesBetweenCommas = """
        Embassy Row

        Ruritania's Ambassador to Ostmark, Mr Ivo Brandt, said politicians risk poisoning the relationship.

        Friends of the activist, including his lawyer at the Harbour Legal Centre, Mr Otto Lindgren, said the case was weak.
        """;

    [Fact]
    public void ARoleBetweenCommasBeforeTheName_MayBeCapitalisedOrFollowAPersonalPossessive()
    {
        var x = ExtractionFixture.Extract(("embassy.txt", RolesBetweenCommas));

        Assert.Equal(ActorKind.Leader, x.Named("Ivo Brandt").ActorKind);
        var lawyer = x.Named("Otto Lindgren");
        Assert.Contains("lawyer", lawyer.Roles);
        Assert.Contains("Harbour Legal Centre", lawyer.Affiliations);
    }

    private const string TitledRoles = """
        Briefing Day

        Kenyan Foreign Ministry Spokesman Lu Wenbo said the report was false.

        The claim was confirmed by Presidential Spokesperson Carla Mendes on Friday, and House Trade Chairman Ivo Novak said he would hold hearings.

        The Ostmark Intelligence Unit expects growth to slow.
        """;

    [Fact]
    public void ARoleWrittenAsATitleBeforeAFullName_IsTheirRole_AndABodyInItTheirAffiliation()
    {
        var x = ExtractionFixture.Extract(("briefing.txt", TitledRoles));

        var spokesman = x.Named("Lu Wenbo");
        Assert.Contains("Foreign Ministry Spokesman", spokesman.Roles);
        Assert.Contains("Foreign Ministry", spokesman.Affiliations);
        Assert.Contains("Presidential Spokesperson", x.Named("Carla Mendes").Roles);
        Assert.Equal(ActorKind.Leader, x.Named("Ivo Novak").ActorKind);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Intelligence Unit" && e.Kind == EntityKind.Expert);
    }

    private const string AuthorNotes = """
        Why the Harbour Talks Failed

        The talks went nowhere, and both sides blamed each other for the delay.

        Maria Lopez is Senior Fellow at the Harbour Institute.

        Ivo Brandt is professor of international relations at Ostmark University. Views are the authors' own.
        """;

    [Fact]
    public void AnAuthorNoteWithoutAnArticle_GivesTheRoleAndAffiliation()
    {
        var x = ExtractionFixture.Extract(("note.txt", AuthorNotes));

        var fellow = x.Named("Maria Lopez");
        Assert.Contains("Senior Fellow", fellow.Roles);
        Assert.Contains("Harbour Institute", fellow.Affiliations);
        Assert.Contains("Ostmark University", x.Named("Ivo Brandt").Affiliations);
    }

    private const string Lists = """
        Sanctions Widen

        Ostmark has imposed sanctions on senior officials in the International Fisheries Tribunal (IFT), including chief prosecutor Maria Lopez.

        It also punished members of the Coastal Trade Board, including deputy director Ivo Brandt, on Monday. Lopez and Brandt said the sanctions were unfair.
        """;

    [Fact]
    public void ARoleInAListBroughtInByIncluding_IsHeldAtTheBodyTheListIsDrawnFrom()
    {
        var x = ExtractionFixture.Extract(("lists.txt", Lists));

        Assert.Contains("Coastal Trade Board", x.Named("Ivo Brandt").Affiliations);
        Assert.Contains("International Fisheries Tribunal", x.Named("Maria Lopez").Affiliations);
    }

    [Fact]
    public void ABodyBeforeARole_KeepsTheAdjectiveItsNameStartsWith()
    {
        var x = ExtractionFixture.Extract(("body.txt", "Port Deal\n\nThe deal will hold, said International Harbour Group analyst Maria Lopez on Monday.\n"));

        Assert.Contains("International Harbour Group", x.Named("Maria Lopez").Affiliations);
    }

    private const string Lede = """
        Fishing deal 'out of reach', says envoy

        A fishing deal between Ostmark and the Northern Fisheries Union (NFU) looks out of reach this year, the bloc's chief negotiator has said.

        Speaking after the latest round of talks, Maria Lopez said she was "disappointed" by the offer.

        Ostmark says it will not move on quotas.
        """;

    [Fact]
    public void ASourceTheOpeningDescribes_IsTheFirstPersonQuotedByNameAfterIt()
    {
        var x = ExtractionFixture.Extract(("lede.txt", Lede));

        var negotiator = x.Named("Maria Lopez");
        Assert.Contains("chief negotiator", negotiator.Roles);
        Assert.Contains("Northern Fisheries Union", negotiator.Affiliations);
    }

    private const string Appositions = """
        Council members detained

        The council said its press secretary, Tomas Varga, and its spokeswoman, Ilse Brandt, had also been detained.

        The clinic's deputy head physician, Pavel Orlov, later said the patient was stable.

        Nadia Lindqvist, an expert on trade, shipping and energy at the Meridian Foundation, said talks would resume.

        "Nothing will change before the vote," wrote Germany expert Jonas Weber, author of Harbour Lights and a columnist.
        """;

    [Fact]
    public void ARoleBetweenCommas_MayFollowItsOrALowerCasePossessive()
    {
        var x = ExtractionFixture.Extract(("council.txt", Appositions));

        Assert.Contains("press secretary", x.Named("Tomas Varga").Roles);
        Assert.Contains("spokeswoman", x.Named("Ilse Brandt").Roles);
        Assert.Contains("deputy head physician", x.Named("Pavel Orlov").Roles);
    }

    [Fact]
    public void SubjectsOfExpertise_StayWithTheRole_AndAreNoAffiliation()
    {
        var x = ExtractionFixture.Extract(("council.txt", Appositions));

        var listed = x.Named("Nadia Lindqvist");
        Assert.Contains("expert on trade, shipping and energy", listed.Roles);
        Assert.Equal(["Meridian Foundation"], listed.Affiliations);
        var weber = x.Named("Jonas Weber");
        Assert.Contains("Germany expert", weber.Roles);
        Assert.DoesNotContain("Germany", weber.Affiliations);
        Assert.DoesNotContain("Harbour Lights", weber.Affiliations);
    }

    private const string CityLeader = """
        City extends curbs

        The city's government will extend its restrictions, the city's leader Mara Quell said on Tuesday.

        The hereditary leader Mara Quell urged citizens to unite. Sanctions were later imposed on Ireland's leader Mara Quell.
        """;

    [Fact]
    public void ALeaderWithNoPlace_DoesNotOutweighTheStateSheLeads()
    {
        var x = ExtractionFixture.Extract(("city.txt", CityLeader));

        Assert.Equal(ActorKind.Leader, x.Named("Mara Quell").ActorKind);
    }

    private const string GluedNames = """
        Harbour reopens

        The head of the Westport Port Authority Jonas Keller said the harbour would reopen on Monday.

        Secretary of the Commission on Maritime Trade Law Anna Berg said the convention would bring certainty.

        Former minister Iain Duncan Moore said he would not comment.
        """;

    [Fact]
    public void ASpeakerNamedRightAfterABody_IsAPerson_AndTheBodyEndsBeforeTheName()
    {
        var x = ExtractionFixture.Extract(("harbour.txt", GluedNames));

        Assert.Equal(EntityKind.Expert, x.Named("Jonas Keller").Kind);
        Assert.Equal(EntityKind.Expert, x.Named("Anna Berg").Kind);
        Assert.Contains(x.Entities, e => e.Name == "Westport Port Authority");
        Assert.Contains(x.Entities, e => e.Name == "Commission on Maritime Trade Law");
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith("Keller", StringComparison.Ordinal) && e.Name != "Jonas Keller");
        Assert.DoesNotContain(x.Entities, e => e.Name == "Duncan Moore");
    }

    private const string StreetVoices = """
        Vigil in the rain

        "We will always remember this night," said Ms Lena Kowal, 24, who stood by the harbour with a friend.

        "No matter what happens, I stay," said Tomas Brenner, 27.

        Clara Vance, a senior analyst at the Meridian Foundation, said the vigil was smaller than last year.
        """;

    [Fact]
    public void APasserByIntroducedByAge_IsNotListedAsAnExpert()
    {
        var x = ExtractionFixture.Extract(("vigil.txt", StreetVoices));

        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Expert && e.Name is "Lena Kowal" or "Tomas Brenner");
        Assert.Equal(EntityKind.Expert, x.Named("Clara Vance").Kind);
    }
}
