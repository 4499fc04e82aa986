using System.Collections.Concurrent;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>How closely a cited work concerns a topic, closest first.</summary>
public enum Closeness
{
    /// <summary>The topic wrote it, or its title names the topic.</summary>
    Title,

    /// <summary>Its title names the topic's head word ("why the bargain holds" for "blue bargain").</summary>
    TitleWord,

    /// <summary>The sentence citing it, or the lead-in of the list it stands in, names the topic.</summary>
    Citation,

    /// <summary>The paragraph citing it names the topic.</summary>
    Paragraph,

    /// <summary>Only the article citing it does.</summary>
    Article,
}

/// <summary>
/// Works out <see cref="Closeness"/> from the topic's mentions (every sentence naming it by any name, looked up by
/// <see cref="MentionOrder"/>) and the work's title, so that /reading and digests put first the works that are about the topic and not only near it.
/// </summary>
internal sealed class ReadingRelevance
{
    private const int LeadInReach = 6;

    private readonly KnowledgeSnapshot _snapshot;
    private readonly Entity _topic;
    private readonly string[] _names;
    private readonly string? _headWord;

    /// <summary>The topic's relevance test, kept for the snapshot: digests ask it for every item of every chat on the topic.</summary>
    public static ReadingRelevance For(KnowledgeSnapshot snapshot, Entity topic) =>
        snapshot.Remember("reading-relevance", () => new System.Collections.Concurrent.ConcurrentDictionary<string, ReadingRelevance>(StringComparer.Ordinal))
            .GetOrAdd(topic.Id, static (_, x) => new ReadingRelevance(x.snapshot, x.topic), (snapshot, topic));

    public ReadingRelevance(KnowledgeSnapshot snapshot, Entity topic)
    {
        _snapshot = snapshot;
        _topic = topic;
        _names = [.. topic.Aliases.Prepend(topic.Name).Select(n => $" {TextFolding.Fold(n)} ").Where(n => n.Length > 2).Distinct(StringComparer.Ordinal)];
        var words = TextFolding.Fold(topic.Name).Split(' ');
        _headWord = topic.Kind == EntityKind.Concept && words.Length > 1 && words[^1].Length >= 5 ? $" {words[^1]} " : null;
    }

    public Closeness Of(Reading reading)
    {
        var title = FoldedTitle(_snapshot, reading);
        if (Wrote(reading) || _names.Any(n => title.Contains(n, StringComparison.Ordinal)))
        {
            return Closeness.Title;
        }

        if (_headWord is not null && title.Contains(_headWord, StringComparison.Ordinal))
        {
            return Closeness.TitleWord;
        }

        var where = reading.Where;
        if (MentionOrder.Mentions(_snapshot, _topic, where) || LeadInNames(where))
        {
            return Closeness.Citation;
        }

        return MentionOrder.MentionsParagraph(_snapshot, _topic, where.ArticleId, where.Paragraph) ? Closeness.Paragraph : Closeness.Article;
    }

    private bool Wrote(Reading reading)
    {
        foreach (var author in reading.Authors)
        {
            var folded = $" {TextFolding.Fold(author)} ";
            if (_topic.Kind == EntityKind.Expert && _names.Any(n => string.Equals(n, folded, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A work cited as an item of a list ("4 September 2019: “Title”") is about what the list's lead-in names: the nearest
    /// paragraph before it that ends with a colon, across the other items. Found once per citing paragraph and snapshot.
    /// </summary>
    private bool LeadInNames(Mention where) =>
        LeadIn(_snapshot, where.ArticleId, where.Paragraph) is var p and >= 0 && MentionOrder.MentionsParagraph(_snapshot, _topic, where.ArticleId, p);

    private static int LeadIn(KnowledgeSnapshot snapshot, string articleId, int paragraph) =>
        snapshot.Remember("reading-lead-ins", () => new ConcurrentDictionary<(string, int), int>())
            .GetOrAdd((articleId, paragraph), static (key, s) =>
            {
                var (id, at) = key;
                if (s.FindArticle(id) is not { } article)
                {
                    return -1;
                }

                for (var p = at - 1; p >= 0 && p >= at - LeadInReach && p < article.Paragraphs.Count; p--)
                {
                    if (article.Paragraphs[p].Text.TrimEnd().EndsWith(':'))
                    {
                        return p;
                    }
                }

                return -1;
            }, snapshot);

    /// <summary>A title folded for matching, once per reading and snapshot.</summary>
    private static string FoldedTitle(KnowledgeSnapshot snapshot, Reading reading) =>
        snapshot.Remember("reading-folded-titles", () => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
            .GetOrAdd(reading.Id, static (_, r) => $" {TextFolding.Fold(r.Title)} ", reading);
}
