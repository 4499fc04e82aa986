using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Settles who wrote each cited work and what it is about. Authors: the names written next to the title; else the
/// article's author when the citing text is in the first person ("I have written", "my article"); else, for a dated list,
/// the people named in the sentence that introduces it, and for running text the person named just before the title;
/// a list with nobody named in its lead-in belongs to the article's author.
/// Topics: the entities of the citing sentence, then of its lead-in and paragraph, then the article's most mentioned.
/// </summary>
internal static class ReadingResolver
{
    private const int MaxTopics = 12;

    /// <summary>
    /// Settles the authors and topics of one article's citations, <paramref name="raw"/>[start..end), into
    /// <paramref name="settled"/>: they need only the citing article (and its mentions), so articles are settled on their own.
    /// </summary>
    public static void SettleArticle(IReadOnlyList<RawReading> raw, (int Start, int End) citations, ExtractionRun run, (List<string> Authors, List<string> Topics)[] settled)
    {
        List<string>? articleTop = null;
        for (var k = citations.Start; k < citations.End; k++)
        {
            settled[k] = (Authors(raw[k], run), Topics(raw[k], run, ref articleTop));
        }
    }

    /// <summary>The readings, in citation order: the same work cited twice is merged into its first citation.</summary>
    /// <param name="raw">The citations found, article by article in article order.</param>
    /// <param name="settled">Each citation's authors and topics (<see cref="SettleArticle"/>).</param>
    public static List<Reading> Gather(IReadOnlyList<RawReading> raw, (List<string> Authors, List<string> Topics)[] settled)
    {
        var readings = new List<Reading>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < raw.Count; k++)
        {
            var r = raw[k];
            var article = r.Paragraph.Article;
            var (authors, topics) = settled[k];
            var id = "reading:" + Folding.Slug(r.Title);
            if (id == "reading:")
            {
                continue;
            }

            var reading = new Reading(id, r.Date, r.Title, authors, article.Id,
                new Mention(article.Id, r.Paragraph.Index, r.Sentence.Index), topics, r.Date is null ? r.Year : null);
            if (seen.TryGetValue(id, out var at))
            {
                var first = readings[at];
                readings[at] = first with
                {
                    Date = first.Date ?? reading.Date,
                    Year = first.Date is null && reading.Date is null ? first.Year ?? reading.Year : null,
                    Authors = first.Authors.Concat(reading.Authors).Distinct(StringComparer.Ordinal).ToList(),
                };
                continue;
            }

            seen[id] = readings.Count;
            readings.Add(reading);
        }

        return readings;
    }

    /// <summary>Where each article's citations start and end in <paramref name="raw"/> (article by article, in article order).</summary>
    public static Dictionary<ArticleView, (int Start, int End)> ArticleRuns(IReadOnlyList<RawReading> raw)
    {
        var runs = new Dictionary<ArticleView, (int, int)>(ReferenceEqualityComparer.Instance);
        var start = 0;
        for (var k = 1; k <= raw.Count; k++)
        {
            if (k == raw.Count || !ReferenceEquals(raw[k].Paragraph.Article, raw[start].Paragraph.Article))
            {
                runs.Add(raw[start].Paragraph.Article, (start, k));
                start = k;
            }
        }

        return runs;
    }

    private static List<string> Authors(RawReading r, ExtractionRun run)
    {
        var articleAuthors = r.Paragraph.Article.Article.Authors.ToList();
        // A single word in brackets is a person only if it is the surname of someone we know ("(Istanbul, 2021)" is a place).
        var named = r.NamedAuthors
            .Where(n => n.Contains(' ', StringComparison.Ordinal) || PersonName(n, r, run) != n || run.IsPerson(Folding.Key(n)))
            .Select(n => PersonName(n, r, run))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (named.Count > 0)
        {
            return named;
        }

        if (r.FirstPerson)
        {
            return articleAuthors.Select(n => PersonName(n, r, run)).ToList();
        }

        if (r.InList)
        {
            if (r.LeadIn is not { IsHeading: false } leadIn)
            {
                return [];
            }

            var last = leadIn.Sentences[^1];
            var people = PeopleIn(last, run, int.MaxValue);
            if (people.Count == 0)
            {
                people = leadIn.Sentences.SelectMany(s => PeopleIn(s, run, int.MaxValue)).Distinct(StringComparer.Ordinal).ToList();
            }

            return people.Count > 0 ? people : articleAuthors.Select(n => PersonName(n, r, run)).ToList();
        }

        // Running text: the person named closest before the title in the same sentence.
        var before = PeopleIn(r.Sentence, run, r.TitleOffset - r.Sentence.Offset);
        return before.Count > 0 ? [before[^1]] : [];
    }

    private static List<string> PeopleIn(SentenceView s, ExtractionRun run, int beforeOffset)
    {
        var names = new List<string>();
        foreach (var (key, start) in s.Found)
        {
            if (start < beforeOffset && run.IsPerson(key) && run.Find(key) is { } person && !names.Contains(person.Name))
            {
                names.Add(person.Name);
            }
        }

        return names;
    }

    /// <summary>The canonical name of a person written as <paramref name="written"/> (a surname finds the full name).</summary>
    private static string PersonName(string written, RawReading r, ExtractionRun run)
    {
        var key = Folding.Key(written);
        if (run.Find(key) is { } exact)
        {
            return exact.Name;
        }

        foreach (var (k, _) in r.Sentence.Found)
        {
            if (run.IsPerson(k) && run.Find(k) is { } p && PersonMerger.Surname(p.Name) == PersonMerger.Surname(written))
            {
                return p.Name;
            }
        }

        return written;
    }

    /// <param name="articleTop">The article's entities, most mentioned first: worked out for its first citation and kept for the rest.</param>
    private static List<string> Topics(RawReading r, ExtractionRun run, ref List<string>? articleTop)
    {
        var topics = new List<string>(MaxTopics);
        void Add(string key)
        {
            if (topics.Count < MaxTopics && !topics.Contains(key))
            {
                topics.Add(key);
            }
        }

        void AddFrom(IEnumerable<SentenceView> sentences)
        {
            foreach (var s in sentences)
            {
                foreach (var (key, _) in s.Found)
                {
                    Add(key);
                }
            }
        }

        AddFrom([r.Sentence]);
        if (r.LeadIn is { } leadIn)
        {
            AddFrom(leadIn.Sentences);
        }

        AddFrom(r.Paragraph.Sentences);
        if (topics.Count < MaxTopics)
        {
            articleTop ??= MostMentioned(r.Paragraph.Article);
            foreach (var key in articleTop)
            {
                Add(key);
            }
        }

        return topics;
    }

    /// <summary>The entities named in the article, most mentions first, then by key.</summary>
    private static List<string> MostMentioned(ArticleView article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in article.Paragraphs)
        {
            foreach (var s in p.Sentences)
            {
                foreach (var (key, _) in s.Found)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var ranked = counts.ToArray();
        Array.Sort(ranked, (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return ranked.Select(kv => kv.Key).ToList();
    }
}
