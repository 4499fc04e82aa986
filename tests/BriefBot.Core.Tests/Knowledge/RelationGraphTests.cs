using BriefBot.Core.Knowledge;
using BriefBot.Core.Tests.Support;
using FsCheck.Xunit;

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

    [Property(MaxTest = 300)]
    public void RelatedTo_IsEveryPairsSharedParagraphsWeighed_StrongestThirtyFirst(byte[] places, byte[] names)
    {
        // Up to 40 entities named in 3 articles of 3 paragraphs of 3 sentences: small enough for pairs to meet often.
        var entities = Enumerable.Range(0, 40).Select(e =>
        {
            var mentions = (places ?? []).Where((_, i) => i % 40 == e)
                .Select(p => new Mention($"a{p % 3}", p / 3 % 3, p / 9 % 3))
                .Distinct()
                .ToList();
            var name = $"N{(names ?? []).ElementAtOrDefault(e) % 7}{e:00}"; // names share prefixes, so ties go by name
            return new Entity($"actor:{e}", EntityKind.Actor, ActorKind.State, name, [], [], [], null, mentions, []);
        }).ToList();

        var graph = new RelationGraph(entities);

        foreach (var entity in entities)
        {
            var expected = entities
                .Where(other => other != entity)
                .Select(other => (other.Name, Weight: (double)SharedParagraphs(entity, other).Sum(p => SharesASentence(entity, other, p) ? 2 : 1)))
                .Where(x => x.Weight > 0)
                .OrderByDescending(x => x.Weight)
                .ThenBy(x => x.Name, StringComparer.Ordinal)
                .Take(30);
            Assert.Equal(expected, graph.RelatedTo(entity.Id).Select(r => (r.Entity.Name, r.Weight)));
        }
    }

    [Fact]
    public void RelatedTo_IgnoresAParagraphThatNamesMoreEntitiesThanAListWould_AndKeepsTheOthers()
    {
        // 65 entities in paragraph 0 (a roster), of which the first two also meet in paragraph 1.
        var entities = Enumerable.Range(0, 65).Select(e =>
        {
            List<Mention> mentions = e < 2 ? [new("a", 0, 0), new("a", 1, 0)] : [new("a", 0, 0)];
            return new Entity($"actor:{e}", EntityKind.Actor, ActorKind.State, $"N{e:00}", [], [], [], null, mentions, []);
        }).ToList();

        var graph = new RelationGraph(entities);

        Assert.Equal([("N01", 2.0)], graph.RelatedTo("actor:0").Select(r => (r.Entity.Name, r.Weight)));
        Assert.Empty(graph.RelatedTo("actor:2"));
    }

    private static IEnumerable<(string, int)> SharedParagraphs(Entity a, Entity b) =>
        a.Mentions.Select(m => (m.ArticleId, m.Paragraph)).Intersect(b.Mentions.Select(m => (m.ArticleId, m.Paragraph)));

    private static bool SharesASentence(Entity a, Entity b, (string Article, int Paragraph) p) =>
        a.Mentions.Any(m => (m.ArticleId, m.Paragraph) == p && b.Mentions.Contains(m));
}
