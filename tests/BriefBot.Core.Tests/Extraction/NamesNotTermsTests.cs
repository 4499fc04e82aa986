using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

public class NamesNotTermsTests
{
    private static List<Entity> Concepts(string text) =>
        ExtractionFixture.Extract(("piece.txt", text)).Entities.Where(e => e.Kind == EntityKind.Concept).ToList();

    private static bool HasConcept(List<Entity> concepts, string name) =>
        concepts.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Concepts_LeaveOutNicknamesThatEndInAPersonsName()
    {
        var concepts = Concepts("""
            The Harbour Boss

            The smuggler, known as "Grey Lantern Wong" along the quays, ran the docks for a decade. His partner was
            dubbed "Salt King Daniel" by the papers. Analysts say the balance of power on the quays has shifted since.
            """);

        Assert.False(HasConcept(concepts, "Grey Lantern Wong"));
        Assert.False(HasConcept(concepts, "Salt King Daniel"));
        Assert.True(HasConcept(concepts, "balance of power"));
    }

    [Fact]
    public void Concepts_LeaveOutTheNamesOfDaysMarchesAndIllnesses()
    {
        var concepts = Concepts("""
            Crowds in the Capital

            Thousands gathered for what locals call "Lantern Day" and sang the "March of the Ploughmen" before the rally.
            Doctors warned of "Acute Valley Syndrome", a lung illness, as the crowds grew. The organisers called it the
            "march of Hope". Economists meanwhile debated the Paper Tiger Doctrine and its reach in the region.
            """);

        Assert.False(HasConcept(concepts, "Lantern Day"));
        Assert.False(HasConcept(concepts, "March of the Ploughmen"));
        Assert.False(HasConcept(concepts, "Acute Valley Syndrome"));
        Assert.False(HasConcept(concepts, "march of Hope"));
        Assert.True(HasConcept(concepts, "Paper Tiger Doctrine"));
    }

    [Fact]
    public void Concepts_LeaveOutSeasAndCoastsNamedByACompassPoint()
    {
        var concepts = Concepts("""
            Patrols Resume

            The navy sent two frigates into what Valdora calls the "Western Sea" and the coast guard patrols the
            so-called "North Shore" every week, a policy the admirals describe as "forward presence".
            """);

        Assert.False(HasConcept(concepts, "Western Sea"));
        Assert.False(HasConcept(concepts, "North Shore"));
    }

    [Fact]
    public void Concepts_LeaveOutQuotedClausesThatOpenWithAGerund()
    {
        var concepts = Concepts("""
            Budget Talks

            "Selling bonds" was the only plan the treasury had, and "Raising tariffs" came a distant second for the cabinet.
            """);

        Assert.False(HasConcept(concepts, "Selling bonds"));
        Assert.False(HasConcept(concepts, "Raising tariffs"));
    }
}
