using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Digests.Tests.Fakes;


namespace BriefBot.Digests.Tests;

public sealed class DigestComposerTests
{
    private static readonly DateOnly Day = new(2026, 6, 2);
    private readonly KnowledgeSnapshot _snapshot = TestCorpus.Standard();

    private ComposedDigest Compose(string[] topics, IReadOnlySet<string>? received = null, int items = 3) =>
        DigestComposer.Compose(new DigestRequest(_snapshot, topics, received ?? new HashSet<string>(), Day, items));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Compose_CarriesTheConfiguredNumberOfItems(int items)
    {
        var digest = Compose([], items: items);

        Assert.Equal(items, digest.ReadingIds.Count);
        Assert.Equal(items, Bullets(digest.Reply).Count);
    }

    [Fact]
    public void Compose_ChoosesOnlyReadingsOnTheChatsTopics()
    {
        var digest = Compose(["actor:syldavia"], items: 5);

        Assert.Equal(["r5", "r6"], digest.ReadingIds.Order());
    }

    [Fact]
    public void Compose_ShowsDateTitleAuthorsCitingArticleAndWhyRelated_ForEachItem()
    {
        var digest = Compose(["concept:hedging"]);

        var item = Assert.Single(Bullets(digest.Reply));
        Assert.Equal("1 Jan 2020 — Small States Hedge — Cy Dorn. Cited in Ports and Power. Cited on Hedging, alongside Syldavia.", item);
    }

    [Fact]
    public void Compose_IsHeadedByABriefingOfTheDay_OnOneOfTheTopics()
    {
        var digest = Compose(["concept:deterrence"]);

        var first = Assert.IsType<Paragraph>(digest.Reply.Body[0]);
        var text = string.Concat(first.Spans.Select(s => s.Text));
        Assert.StartsWith("Briefing of the day: Deterrence — Deterrence is the threat of force", text, StringComparison.Ordinal);
        Assert.Equal("Your digest for Tue 2 Jun 2026", digest.Reply.Title);
    }

    [Fact]
    public void Compose_VariesAuthors_WhenReadingsByOthersExist()
    {
        // Three of Atlantis's readings are by one author and rank first; the digest takes one of them and two by others.
        var digest = Compose(["actor:atlantis"]);

        var authors = digest.ReadingIds.Select(id => _snapshot.Readings.Single(r => r.Id == id).Authors[0]).ToList();
        Assert.Equal(authors.Count, authors.Distinct().Count());
        Assert.Contains("r1", digest.ReadingIds);
    }

    [Fact]
    public void Compose_NeverRepeatsAnItem_UntilEveryCandidateWasReceived_ThenRestartsAndSaysSo()
    {
        var received = new HashSet<string>();
        var seen = new List<string>();
        var candidates = _snapshot.Readings.Where(r => r.TopicIds.Contains("actor:atlantis")).Select(r => r.Id).ToHashSet();

        var day1 = Compose(["actor:atlantis"], received);
        Assert.False(day1.RotationRestarted);
        received.UnionWith(day1.ReadingIds);
        seen.AddRange(day1.ReadingIds);

        var day2 = Compose(["actor:atlantis"], received);
        seen.AddRange(day2.ReadingIds.Where(id => !received.Contains(id)));

        Assert.Equal(5, candidates.Count);
        Assert.Equal(candidates.Order(), seen.Order());
        Assert.True(day2.RotationRestarted);
        Assert.Contains("rotation starts again", FlatText.Of(day2.Reply), StringComparison.Ordinal);
        Assert.DoesNotContain("rotation starts again", FlatText.Of(day1.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FitsOneDiscordMessage_EvenWithVeryLongTitlesAndNames()
    {
        var longText = string.Concat(Enumerable.Repeat("A very long and winding title about maritime security ", 12));
        var corpus = new TestCorpus()
            .Article("a1", longText, longText, longText)
            .Entity("concept:long", EntityKind.Concept, "Long Concept", definition: longText);
        for (var i = 0; i < 5; i++)
        {
            corpus.Reading($"r{i}", longText + i, [longText, longText], ["concept:long"]);
        }

        var digest = DigestComposer.Compose(new DigestRequest(corpus.Build(), ["concept:long"], new HashSet<string>(), Day, 5));

        Assert.InRange(ReplyLength.Of(digest.Reply), 1, DigestComposer.MaxLength);
        Assert.InRange(digest.ReadingIds.Count, 3, 5);
    }

    [Fact]
    public void Compose_SaysSo_WhenNoReadingMatches()
    {
        var digest = Compose(["expert:ann-lee"]);

        Assert.Empty(digest.ReadingIds);
        Assert.Contains("No further reading found on Ann Lee", FlatText.Of(digest.Reply), StringComparison.Ordinal);
    }

    private static List<string> Bullets(Reply reply) =>
        reply.Body.OfType<BulletList>().SelectMany(l => l.Items).Select(item => string.Concat(item.Select(s => s.Text))).ToList();

    [Fact]
    public void Compose_LeadsWithTheArticlesAddedSinceThePreviousDigest_ThatConcernTheTopics_WithSourceAndWhy()
    {
        var since = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var snapshot = new TestCorpus()
            .Article("a1", "Harbour Deals", "Atlantis signs.", "Borduria waits.").AddedAt(since.AddHours(2), "Harbour Review")
            .Article("a2", "Older News", "Atlantis again.").AddedAt(since.AddHours(-1), "Harbour Review")
            .Article("a3", "Marsh Report", "Syldavia alone.").AddedAt(since.AddHours(3), "Marsh Post")
            .Entity("actor:atlantis", EntityKind.Actor, "Atlantis", mentions: 2)
            .Entity("actor:borduria", EntityKind.Actor, "Borduria")
            .Entity("actor:syldavia", EntityKind.Actor, "Syldavia", articleId: "a3")
            .Reading("r1", "Corridor Politics", ["Ann Lee"], ["actor:atlantis"])
            .Build();

        var digest = DigestComposer.Compose(new DigestRequest(snapshot, ["actor:atlantis"], new HashSet<string>(), Day, 3, NewSince: since));

        var first = Assert.IsType<Paragraph>(digest.Reply.Body[0]);
        Assert.Equal("1 new article since your last digest:", string.Concat(first.Spans.Select(s => s.Text)));
        Assert.Equal("Harbour Deals — Harbour Review — Names Atlantis twice, alongside Borduria.", Bullets(digest.Reply)[0]);
        Assert.DoesNotContain(Bullets(digest.Reply), b => b.Contains("Older News", StringComparison.Ordinal) || b.Contains("Marsh Report", StringComparison.Ordinal));
        Assert.Equal(["r1"], digest.ReadingIds);

        var none = DigestComposer.Compose(new DigestRequest(snapshot, ["actor:atlantis"], new HashSet<string>(), Day, 3));
        Assert.DoesNotContain("new article", FlatText.Of(none.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FitsOneDiscordMessage_WithManyLongNewArticles_AndSaysHowManyMore()
    {
        var since = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var longText = string.Concat(Enumerable.Repeat("A very long and winding title about maritime security ", 6));
        var corpus = new TestCorpus();
        for (var i = 0; i < 12; i++)
        {
            corpus.Article($"a{i}", longText + i, "Atlantis.").AddedAt(since.AddMinutes(i + 1), longText);
        }

        corpus.Entity("actor:atlantis", EntityKind.Actor, "Atlantis", definition: longText);
        for (var i = 0; i < 5; i++)
        {
            corpus.Reading($"r{i}", longText + i, [longText], ["actor:atlantis"]);
        }

        var digest = DigestComposer.Compose(new DigestRequest(corpus.Build(), [], new HashSet<string>(), Day, 5, NewSince: since));

        Assert.InRange(ReplyLength.Of(digest.Reply), 1, DigestComposer.MaxLength);
        Assert.StartsWith("12 new articles since your last digest:", FlatText.Of(digest.Reply with { Title = null }), StringComparison.Ordinal);
        Assert.Matches(@"… and \d+ more: /sources lists every article\.", FlatText.Of(digest.Reply));
    }
}
