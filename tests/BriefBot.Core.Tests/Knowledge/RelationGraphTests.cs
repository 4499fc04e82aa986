using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Knowledge;

public class RelationGraphTests
{
    [Fact]
    public void RelatedTo_WeighsASharedSentenceTwoAndASharedParagraphOne_SummedOverParagraphs_TiesByName()
    {
        var snapshot = new CorpusBuilder()
            .Article(
                "a1",
                "One",
                ["Alvara met Bexley.", "Corvin watched."],
                ["Alvara and Dunmore spoke.", "Alvara left."],
                ["Alvara saw Corvin.", "Corvin saw Alvara."])
            .Actor("Dunmore")
            .Actor("Corvin")
            .Actor("Bexley")
            .Actor("Alvara")
            .Build();

        var related = snapshot.Relations.RelatedTo("actor:alvara");

        Assert.Equal([("Corvin", 3.0), ("Bexley", 2.0), ("Dunmore", 2.0)], related.Select(r => (r.Entity.Name, r.Weight)));
        Assert.Equal([("Alvara", 2.0), ("Corvin", 1.0)], snapshot.Relations.RelatedTo("actor:bexley").Select(r => (r.Entity.Name, r.Weight)));
        Assert.Empty(snapshot.Relations.RelatedTo("actor:nobody"));
    }
}
