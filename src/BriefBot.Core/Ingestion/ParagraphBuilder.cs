using System.Text;
using BriefBot.Core.Content;

namespace BriefBot.Core.Ingestion;

/// <summary>Numbers paragraphs, splits them into sentences and stores the article's text once.</summary>
internal static class ParagraphBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static IReadOnlyList<ArticleParagraph> Build(string articleId, IReadOnlyList<RawParagraph> raw)
    {
        var merged = MergeBrokenQuotations(raw);
        var byteCount = 0;
        var ranges = new List<Range>();
        var sentencesEnd = new int[merged.Count];
        for (var p = 0; p < merged.Count; p++)
        {
            var text = merged[p].Text.Span;
            byteCount += Utf8.GetByteCount(text);
            if (merged[p].IsHeading)
            {
                ranges.Add(0..text.Length);
            }
            else
            {
                SentenceSplitter.SplitRanges(text, ranges);
            }

            sentencesEnd[p] = ranges.Count;
        }

        var sentenceCount = ranges.Count;

        // The whole article goes into one UTF-8 buffer; paragraphs and sentences are byte ranges of it.
        var bytes = new byte[byteCount];
        var paragraphs = merged.Count;
        var layout = new int[ArticleText.LayoutLength(paragraphs, sentenceCount)];
        var at = 0;
        var sentence = 0;
        for (var p = 0; p < paragraphs; p++)
        {
            var text = merged[p].Text.Span;
            ArticleText.SetParagraph(layout, paragraphs, p, at, sentence, merged[p].IsHeading);
            var chars = 0;
            for (; sentence < sentencesEnd[p]; sentence++)
            {
                var (start, length) = ranges[sentence].GetOffsetAndLength(text.Length);
                at += Utf8.GetBytes(text[chars..start], bytes.AsSpan(at));
                var written = Utf8.GetBytes(text.Slice(start, length), bytes.AsSpan(at));
                ArticleText.SetSentence(layout, paragraphs, sentenceCount, sentence, at, written);
                at += written;
                chars = start + length;
            }

            at += Utf8.GetBytes(text[chars..], bytes.AsSpan(at));
        }

        ArticleText.SetEnd(layout, paragraphs, at, sentenceCount);
        return new ArticleText(articleId, bytes, layout, paragraphs, sentenceCount);
    }

    /// <summary>
    /// Pasted text sometimes breaks a paragraph inside a quoted title ("titled “Russia and India:" / "How not to ...”"):
    /// a paragraph ending in ':' with a quotation still open continues in the next one.
    /// </summary>
    private static List<RawParagraph> MergeBrokenQuotations(IReadOnlyList<RawParagraph> raw)
    {
        var result = new List<RawParagraph>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var p = raw[i];
            while (!p.IsHeading && i + 1 < raw.Count && p.Text.Span.EndsWith(':') && OpenQuotes(p.Text.Span) > 0 &&
                   !LineShapes.StartsWithDate(raw[i + 1].Text.Span))
            {
                i++;
                p = new RawParagraph(string.Concat(p.Text.Span, " ", raw[i].Text.Span).AsMemory(), IsHeading: false);
            }

            if (!p.Text.Span.IsWhiteSpace())
            {
                result.Add(p with { Text = p.Text.Trim() });
            }
        }

        return result;
    }

    private static int OpenQuotes(ReadOnlySpan<char> text)
    {
        var open = 0;
        foreach (var c in text)
        {
            if (c == '“')
            {
                open++;
            }
            else if (c == '”')
            {
                open--;
            }
        }

        return open;
    }
}
