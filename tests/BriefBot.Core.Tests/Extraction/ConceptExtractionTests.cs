using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

public class ConceptExtractionTests
{
    private static List<Entity> Concepts(string text) =>
        ExtractionFixture.Extract(("piece.txt", text)).Entities.Where(e => e.Kind == EntityKind.Concept).ToList();

    private static bool HasConcept(List<Entity> concepts, string name) =>
        concepts.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || c.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Concepts_IncludeTextbookTerms_UsedWithoutQuotationMarks()
    {
        var concepts = Concepts("""
            Harbour Talks Stall

            Officials in Valdora said the balance of power on the coast had shifted. The islanders want a level-playing field
            for their fishing fleets before the transition period ends, and they see deterrence as the only answer to the navy.
            """);

        Assert.True(HasConcept(concepts, "balance of power"));
        Assert.True(HasConcept(concepts, "level playing field"));
        Assert.True(HasConcept(concepts, "transition period"));
        Assert.True(HasConcept(concepts, "deterrence"));
    }

    [Fact]
    public void Concepts_LeaveOutVerdictsInsultsAndQuotedClauses()
    {
        var concepts = Concepts("""
            A Row Over Grain

            The trade minister described the new levy as "absurd" and called his rival a "clown" on Tuesday.
            The farmers' union calls the deal "deeply unfair", and a deal this month "looks doubtful" to them.
            One broker judged the harvest report "null and void" and the price rise a "giant leap forward".
            """);

        Assert.DoesNotContain(concepts, c => c.Name is "absurd" or "clown" or "deeply unfair" or "looks doubtful" or "null and void" or "giant leap forward");
    }

    [Fact]
    public void Concepts_LeaveOutEpithetsForPeople()
    {
        var concepts = Concepts("""
            Leaflets in the Capital

            Posters called the marchers "hired thugs", and the opposition calls the ruling party a home of "liars and crooks".
            State television branded the strikers "rioters", while exiles call the president "the continent's last tyrant".
            Both sides say they want "strategic autonomy" for Ostmark.
            """);

        Assert.DoesNotContain(concepts, c => c.Name is "hired thugs" or "liars and crooks" or "rioters" or "the continent's last tyrant" or "continent's last tyrant");
        Assert.Contains(concepts, c => c.Name == "strategic autonomy");
    }

    [Fact]
    public void Concepts_LeaveOutNicknamesAndTheNamesOfExercises()
    {
        var concepts = Concepts("""
            Drills in the Gulf

            The admiral, nicknamed "Old Anchor" by his crews, led the "Silver Trident" naval drills off the coast this week.
            """);

        Assert.DoesNotContain(concepts, c => c.Name is "Old Anchor" or "Silver Trident");
    }

    [Fact]
    public void Concepts_LeaveOutThePlacesAPhraseNames()
    {
        var concepts = Concepts("""
            Lagoon Dreams

            The developer promised investors a "new Singapore" on the lagoon, with towers and a deep-water port.
            """);

        Assert.DoesNotContain(concepts, c => c.Name == "new Singapore");
    }

    [Fact]
    public void Concepts_LeaveOutWordsQuotedFromAStatement_ButKeepTermsAnAnalystNames()
    {
        var concepts = Concepts("""
            Border Quarrel

            The interior ministry said there was "clear proof" of smuggling across the river.
            Dr Lena Kovac, a researcher at the Danube Policy Centre, calls this "corridor bargaining": the trading of transit rights for loans.
            """);

        Assert.DoesNotContain(concepts, c => c.Name == "clear proof");
        var term = Assert.Single(concepts, c => c.Name == "corridor bargaining");
        Assert.StartsWith("The trading of transit rights", term.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Concepts_FindATermIntroducedByWhatSomeoneCallsIt_WithoutQuotationMarks()
    {
        var concepts = Concepts("""
            Quiet Retreat

            The new cabinet will most likely slow what I call this managed retreat, one diplomat said.
            """);

        Assert.True(HasConcept(concepts, "managed retreat"));
    }

    [Fact]
    public void Concepts_TakeTheDefiningClauseAfterAKnownTerm()
    {
        var concepts = Concepts("""
            Factories Come Home

            Reshoring basically means bringing factories back from abroad. Many firms in Ostmark talk of little else.
            """);

        var reshoring = Assert.Single(concepts, c => c.Name == "reshoring");
        Assert.StartsWith("Bringing factories back from abroad", reshoring.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void ADashClauseThatGoesOnWithTheSentence_IsNoDefinition()
    {
        var concepts = Concepts("""
            Talks Stall Again

            Ostmark will not sign until the two hard questions - fishing rights and state aid - are settled in full.
            """);

        var aid = Assert.Single(concepts, c => c.Name == "state aid");
        Assert.False(aid.Definition!.StartsWith("Are settled", StringComparison.Ordinal), aid.Definition);
    }

    [Fact]
    public void Concepts_CountACommonWordOnlyWhenTheArticleKeepsComingBackToIt()
    {
        var once = Concepts("""
            Fishing Rights

            The fleet sailed on Monday, and its captain spoke briefly of sovereignty before leaving port.
            """);
        var often = Concepts("""
            Whose Sea

            Sovereignty over the reef is the heart of the quarrel. Each side claims sovereignty from old maps.
            Neither will give up sovereignty while elections are near.
            """);

        Assert.False(HasConcept(once, "sovereignty"));
        Assert.True(HasConcept(often, "sovereignty"));
    }

    [Fact]
    public void Concepts_DoNotTakeATermOutOfAnOrganisationsName()
    {
        var concepts = Concepts("""
            Report on Prisons

            Prison Rights Watch and the Northern Human Rights Forum published a joint report on Friday.
            """);

        Assert.False(HasConcept(concepts, "human rights"));
    }
}
