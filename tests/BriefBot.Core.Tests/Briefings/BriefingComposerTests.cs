using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Briefings;

public class BriefingComposerTests
{
    private readonly KnowledgeSnapshot _snapshot = SampleCorpus.Build();

    private Reply Brief(string name) => BriefingComposer.Compose(_snapshot, _snapshot.Entities.Single(e => e.Name == name));

    [Fact]
    public void Expert_ShowsRoleAffiliationQuotesReadingAndSources()
    {
        var text = PlainTextRenderer.Render(Brief("Ingrid Solberg"));

        Assert.Contains("senior fellow", text, StringComparison.Ordinal);
        Assert.Contains("Northern Water Forum", text, StringComparison.Ordinal);
        Assert.Contains("Quotes:", text, StringComparison.Ordinal);
        Assert.Contains("“Rivers that bind”", text, StringComparison.Ordinal);
        Assert.Contains("Sources: River talks and the upstream bargain; Dam politics in the highlands", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Concept_ShowsDefinition_AndKeySentencesThatRepeatNothing()
    {
        var reply = Brief("hydro-diplomacy");
        var text = PlainTextRenderer.Render(reply);

        Assert.Contains("Definition: the use of shared rivers", text, StringComparison.Ordinal);
        var bullets = reply.Body.OfType<BulletList>().Single().Items;
        Assert.InRange(bullets.Count, 2, 4);
        Assert.Equal(bullets.Count, bullets.Select(b => b[0].Text).Distinct().Count());
    }

    [Fact]
    public void Actor_ListsRelatedEntitiesByKind()
    {
        var related = Brief("Kenya").Sections.Single(s => s.Heading == "Related");
        var text = string.Concat(related.Blocks.OfType<Paragraph>().SelectMany(p => p.Spans).Select(s => s.Text));

        Assert.Contains("Uganda", text, StringComparison.Ordinal);
        Assert.Contains("Norway", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_IsDeterministic()
    {
        var again = SampleCorpus.Build();

        Assert.Equal(
            PlainTextRenderer.Render(Brief("Kenya")),
            PlainTextRenderer.Render(BriefingComposer.Compose(again, again.Entities.Single(e => e.Name == "Kenya"))));
    }

    [Fact]
    public void Briefing_FitsOneMessage_EvenForAnEntityMentionedEverywhere()
    {
        var builder = new CorpusBuilder();
        for (var a = 0; a < 40; a++)
        {
            builder.Article(
                $"a{a}",
                $"A rather long article title number {a} about the same river basin again",
                Enumerable.Range(0, 6).Select(p => new[]
                {
                    $"Norway discussed topic {a}-{p} with a long list of partners, observers, donors and mediators from many regions of the world.",
                    $"Analysts in paragraph {p} of article {a} expect Norway to keep its word on funding for the basin commission.",
                }).ToArray());
        }

        var snapshot = builder.Actor("Norway").Build();
        var reply = BriefingComposer.Compose(snapshot, snapshot.Entities.Single());

        Assert.InRange(PlainTextRenderer.Render(reply).Length, 1, BriefingComposer.MaxLength);
        Assert.Contains("and 35 more", reply.Sources);
    }
}
