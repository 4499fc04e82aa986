using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public class EntityConsolidationTests
{
    private static Entity Concept(string name, params Mention[] mentions) =>
        new($"concept:{name.ToLowerInvariant().Replace(' ', '-')}", EntityKind.Concept, null, name, [], [], [], null, mentions, []);

    private static readonly Article[] Articles =
    [
        new("a", "A", [], null, null, null, [], "a.txt", [], "a"),
        new("b", "B", [], null, null, null, [], "b.txt", [], "b"),
    ];

    [Fact]
    public void ConceptsDifferingBySameThingModifierSpellingOrPlural_BecomeOne_WithTheOtherFormsAsAliases()
    {
        var extraction = new CorpusExtraction(
            [
                Concept("Frost Pact", new Mention("b", 0, 0)),
                Concept("old Frost Pact", new Mention("a", 1, 0), new Mention("b", 0, 0)),
                Concept("New Frost Pact", new Mention("a", 2, 0)),
                Concept("harmonisation programme", new Mention("a", 3, 0)),
                Concept("harmonization programs", new Mention("b", 1, 0)),
            ],
            [new Reading("reading:x", null, "X", [], "a", new Mention("a", 1, 0), ["concept:old-frost-pact", "concept:frost-pact", "concept:new-frost-pact"])]);

        var merged = EntityConsolidation.Apply(extraction, Articles);

        var pact = Assert.Single(merged.Entities, e => e.Name == "Frost Pact");
        Assert.Equal(["old Frost Pact"], pact.Aliases);
        Assert.Equal([new Mention("a", 1, 0), new Mention("b", 0, 0)], pact.Mentions);
        Assert.Contains(merged.Entities, e => e.Name == "New Frost Pact");
        Assert.Single(merged.Entities, e => e.Name.StartsWith("harmoni", StringComparison.Ordinal));
        Assert.Equal(["concept:frost-pact", "concept:new-frost-pact"], merged.Readings.Single().TopicIds);
    }

    [Fact]
    public void RolesAndAffiliations_LoseTheSameEntryInAnotherSpelling()
    {
        var expert = new Entity("expert:jane-doe", EntityKind.Expert, null, "Jane Doe", [], ["programme director", "professor", "program director"],
            ["Policy Centre", "Policy Center", "Harbour University"], null, [], []);

        var merged = EntityConsolidation.Apply(new CorpusExtraction([expert], []), Articles).Entities.Single();

        Assert.Equal(["programme director", "professor"], merged.Roles);
        Assert.Equal(["Policy Centre", "Harbour University"], merged.Affiliations);
    }
}
