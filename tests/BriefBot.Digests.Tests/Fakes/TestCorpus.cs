using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Digests.Tests.Fakes;

/// <summary>A small hand-made snapshot with invented names, so tests never depend on the real corpus.</summary>
internal sealed class TestCorpus
{
    private readonly List<Article> _articles = [];
    private readonly List<Entity> _entities = [];
    private readonly List<Reading> _readings = [];

    public TestCorpus Article(string id, string title, params string[] sentences)
    {
        var paragraph = new ArticleParagraph(
            0,
            string.Join(' ', sentences),
            false,
            sentences.Select((s, i) => new Sentence(id, 0, i, s)).ToList());
        _articles.Add(new Article(id, title, ["Staff Writer"], new DateOnly(2026, 1, 1), null, null, [], id + ".md", [paragraph], id));
        return this;
    }

    /// <summary>The last article was added by an admin (front matter <c>added_at</c>) at <paramref name="at"/>, from <paramref name="source"/>.</summary>
    public TestCorpus AddedAt(DateTimeOffset at, string? source = null)
    {
        _articles[^1] = _articles[^1] with { AddedAt = at, Source = source };
        return this;
    }

    public TestCorpus Entity(string id, EntityKind kind, string name, string[]? aliases = null, string? definition = null, string articleId = "a1", int mentions = 1)
    {
        var where = Enumerable.Range(0, mentions).Select(i => new Mention(articleId, 0, i % 2)).ToList();
        _entities.Add(new Entity(id, kind, kind == EntityKind.Actor ? ActorKind.State : null, name, aliases ?? [], [], [], definition, where, []));
        return this;
    }

    public TestCorpus Reading(string id, string title, string[] authors, string[] topicIds, string articleId = "a1", DateOnly? date = null)
    {
        _readings.Add(new Reading(id, date ?? new DateOnly(2025, 6, 1), title, authors, articleId, new Mention(articleId, 0, 0), topicIds));
        return this;
    }

    public KnowledgeSnapshot Build() =>
        new(new ContentLoadResult(_articles, []), new CorpusExtraction(_entities, _readings), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Two articles, a few actors and concepts, and eight readings by several authors.</summary>
    public static KnowledgeSnapshot Standard() => new TestCorpus()
        .Article("a1", "The Northern Corridor", "Atlantis and Borduria compete for the corridor.", "Deterrence shapes both capitals.")
        .Article("a2", "Ports and Power", "Syldavia courts Atlantis with port deals.", "Hedging is the smaller states' answer.")
        .Entity("actor:atlantis", EntityKind.Actor, "Atlantis", ["Atlantean"], mentions: 5)
        .Entity("actor:borduria", EntityKind.Actor, "Borduria", mentions: 3)
        .Entity("actor:syldavia", EntityKind.Actor, "Syldavia", articleId: "a2", mentions: 2)
        .Entity("actor:south-marsh", EntityKind.Actor, "South Marsh", ["Süd Marsch"], articleId: "a2")
        .Entity("concept:deterrence", EntityKind.Concept, "Deterrence", definition: "Deterrence is the threat of force used to discourage an attack.", mentions: 2)
        .Entity("concept:hedging", EntityKind.Concept, "Hedging", articleId: "a2")
        .Entity("expert:ann-lee", EntityKind.Expert, "Ann Lee")
        .Entity("expert:bo-lee", EntityKind.Expert, "Bo Lee")
        .Reading("r1", "Corridor Politics", ["Ann Lee"], ["actor:atlantis", "concept:deterrence"], date: new DateOnly(2024, 5, 1))
        .Reading("r2", "Deterrence Revisited", ["Ann Lee"], ["concept:deterrence", "actor:borduria"], date: new DateOnly(2023, 2, 1))
        .Reading("r3", "The Atlantean Century", ["Ann Lee"], ["actor:atlantis"], date: new DateOnly(2022, 1, 1))
        .Reading("r4", "Borders of Borduria", ["Bo Chan"], ["actor:borduria", "actor:atlantis"], date: new DateOnly(2021, 1, 1))
        .Reading("r5", "Small States Hedge", ["Cy Dorn"], ["concept:hedging", "actor:syldavia"], "a2", new DateOnly(2020, 1, 1))
        .Reading("r6", "Ports of Call", ["Di Eze", "Bo Chan"], ["actor:syldavia", "actor:atlantis"], "a2", new DateOnly(2019, 1, 1))
        .Reading("r7", "Atlantis at Sea", ["Ed Fox"], ["actor:atlantis"], "a2", new DateOnly(2018, 1, 1))
        .Reading("r8", "Marsh Diplomacy", ["Fay Gu"], ["actor:south-marsh"], "a2", new DateOnly(2017, 1, 1))
        .Build();
}

internal sealed class FixedSnapshotSource(KnowledgeSnapshot snapshot) : ISnapshotSource
{
    public KnowledgeSnapshot Current { get; set; } = snapshot;

    /// <summary>Composed afresh for each digest: a test swaps <see cref="Current"/> whenever it likes.</summary>
    public Core.Briefings.ComposedReplies Replies => new(Current);
}
