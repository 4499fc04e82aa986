using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>
/// People as other publishers write them: political office named by a relational word, spelling variants across articles,
/// affiliations that are no institution, and roles with determiners or ages in front.
/// </summary>
public class PeopleOnHeldOutShapesTests
{
    private const string Summit = """
        Harbour summit ends without a deal

        "We came here to listen," said Anna Kowalczyk, Poland's current leader, after the talks on Sunday.

        Labour leader Tomasz Brennan said the government had "given away too much for too little".

        The Slovak leader, Marek Hudak, said his country would sign next year.

        The Poland bureau chief of the Eastern Wire, Ms Lina Ortiz, said the mood in the hall was "tired but polite".

        Irena Sadowska, the founder of a think tank on energy, said the deal would not survive the winter.

        "Nobody expected a breakthrough," said Piotr Malinowski, chief executive of Northwind Shipping.
        """;

    private const string FirstReport = """
        Dissident jailed again

        "He will appeal," said Mikhael Dorn, a lawyer at the Open Rights Centre, outside the court.

        Ruth Ellison, a senior fellow at the Lakeside Institute, said the verdict was expected.
        """;

    private const string SecondReport = """
        Appeal of the jailed dissident rejected

        "We knew the answer before the hearing," said Mikhail Dorn, a lawyer at the Open Rights Centre.

        Dorn said his client would take the case abroad.
        """;

    private const string Junk = """
        Port workers strike for a third day

        "The port cannot wait much longer," said Martin Hale, a Rotterdam-based analyst at the Delta Freight Research Group.

        Intelligence analyst Greta Brandt said the strike had been planned for months. She wrote the book Divide and Trade.

        Government spokesman Paul Okafor said talks would resume on Monday.

        Elena Varga, another lawyer for the workers, said the union would not back down.

        A 24-year-old student, Jonas Weber, said he joined the picket because his father worked at the port.

        Kettle said the union was ready. Nobody else named Kettle appears in this report.
        """;

    [Fact]
    public void RelationalRolesAtAStateOrParty_MakeLeaders_ButNotAtAFirmOrThinkTank()
    {
        var x = ExtractionFixture.Extract(("summit.txt", Summit));

        Assert.Equal(ActorKind.Leader, x.Named("Anna Kowalczyk").ActorKind);
        Assert.Equal(ActorKind.Leader, x.Named("Tomasz Brennan").ActorKind);
        Assert.Equal(ActorKind.Leader, x.Named("Marek Hudak").ActorKind);
        Assert.Equal(EntityKind.Expert, x.Named("Irena Sadowska").Kind);
        Assert.Equal(EntityKind.Expert, x.Named("Lina Ortiz").Kind);
        Assert.Equal(EntityKind.Expert, x.Named("Piotr Malinowski").Kind);
    }

    [Fact]
    public void OnePerson_SpelledTwoWaysAcrossArticles_IsOneExpert_AndTheFamilyNameAloneJoinsThem()
    {
        var x = ExtractionFixture.Extract(("first.txt", FirstReport), ("second.txt", SecondReport));

        var experts = x.Entities.Where(e => e.Kind == EntityKind.Expert && e.Name.EndsWith("Dorn", StringComparison.Ordinal)).ToList();
        Assert.Single(experts);
        Assert.NotEqual("Dorn", experts[0].Name);
    }

    [Fact]
    public void Experts_NeverHaveDemonymPlaceOrGenericWordAffiliations()
    {
        var x = ExtractionFixture.Extract(("junk.txt", Junk));

        var hale = x.Named("Martin Hale");
        Assert.Contains("Delta Freight Research Group", hale.Affiliations);
        Assert.DoesNotContain(hale.Affiliations, a => a.EndsWith("-based", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Entities, e => e.Affiliations.Contains("Intelligence") || e.Affiliations.Contains("Government"));
    }

    [Fact]
    public void Roles_LoseDeterminersAndAges()
    {
        var x = ExtractionFixture.Extract(("junk.txt", Junk));

        Assert.Contains("lawyer", x.Named("Elena Varga").Roles);
        Assert.DoesNotContain(x.Entities, e => e.Roles.Any(r => r.StartsWith("another", StringComparison.Ordinal) || r.StartsWith('-')));
    }

    [Fact]
    public void AFamilyNameAlone_WithNoFullName_IsNoExpert()
    {
        var x = ExtractionFixture.Extract(("junk.txt", Junk));

        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Expert && e.Name == "Kettle");
    }
}
