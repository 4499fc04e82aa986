using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Gives each quotation (five words or more, not a title, not a term) to its speaker: the person named last before it in
/// its sentence, else the one named right after it ("..., said X"), else the speaker of the quotation it continues,
/// else the person named last before it in the paragraph or the one before, else the first named after it.
/// </summary>
internal static partial class QuoteAttributor
{
    private const int MinWords = 5;

    /// <summary>Each speaker's quotations, gathered from each article's (<see cref="AttributeIn"/>) in article order.</summary>
    public static Dictionary<string, List<Quote>> Gather(IEnumerable<List<(string Speaker, Quote Quote)>?> perArticle)
    {
        var result = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        foreach (var quotes in perArticle)
        {
            foreach (var (speaker, quote) in quotes!)
            {
                if (!result.TryGetValue(speaker, out var list))
                {
                    result[speaker] = list = [];
                }

                list.Add(quote);
            }
        }

        return result;
    }

    /// <summary>The quotations of one article with their speakers: each article's are given out on their own.</summary>
    public static List<(string Speaker, Quote Quote)> AttributeIn(ArticleView article, ExtractionRun run)
    {
        var result = new List<(string, Quote)>();
        string? previousSpeaker = null;
        string? lastPersonInPreviousParagraph = null;
        foreach (var p in article.Paragraphs)
        {
            string? lastPersonHere = null;
            foreach (var q in p.Quotes)
            {
                if (p.InTitle(q.Start, q.End) || q.WordCount < MinWords)
                {
                    continue;
                }

                var s = p.SentenceAt(q.ContinuesPrevious ? 0 : q.Start);
                var speaker = q.ContinuesPrevious ? previousSpeaker : null;
                speaker ??= LastPersonBefore(p, s, q.Start, run)
                    ?? (SaidAfter(p.Text, q.End) ? FirstPersonAfter(s, q.End, run) : null)
                    ?? LastPersonBefore(p, null, q.Start, run) ?? lastPersonInPreviousParagraph ?? FirstPersonAfter(s, q.End, run);
                if (speaker is null)
                {
                    continue;
                }

                result.Add((speaker, new Quote(q.TextIn(p.Text).Trim(), new Mention(article.Id, p.Index, s.Index))));
                previousSpeaker = speaker;
            }

            foreach (var s in p.Sentences)
            {
                foreach (var (key, _) in s.Found)
                {
                    if (run.IsPerson(key))
                    {
                        lastPersonHere = key;
                    }
                }
            }

            lastPersonInPreviousParagraph = lastPersonHere ?? lastPersonInPreviousParagraph;
        }

        return result;
    }

    private static string? LastPersonBefore(ParagraphView p, SentenceView? only, int offset, ExtractionRun run)
    {
        string? found = null;
        foreach (var s in p.Sentences)
        {
            if (only is not null && s != only)
            {
                continue;
            }

            foreach (var (key, start) in s.Found)
            {
                if (s.Offset + start < offset && run.IsPerson(key))
                {
                    found = key;
                }
            }
        }

        return found;
    }

    /// <summary>"“...,” said X" / "“...”, according to X".</summary>
    private static bool SaidAfter(string paragraph, int quoteEnd)
    {
        var after = paragraph.AsSpan(Math.Min(paragraph.Length, quoteEnd + 1));
        return SaidAfterPattern().IsMatch(after.Length > 80 ? after[..80] : after);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[,.]?[ ]*(?:said|says|added|adds|told|writes|wrote|noted|notes|argued|argues|according[ ]+to|in[ ]+the[ ]+words[ ]+of)\b")]
    private static partial System.Text.RegularExpressions.Regex SaidAfterPattern();

    private static string? FirstPersonAfter(SentenceView s, int end, ExtractionRun run)
    {
        foreach (var (key, start) in s.Found)
        {
            if (s.Offset + start > end && run.IsPerson(key))
            {
                return key;
            }
        }

        return null;
    }
}
