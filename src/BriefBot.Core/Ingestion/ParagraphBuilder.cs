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
        foreach (var p in merged)
        {
            byteCount += Utf8.GetByteCount(p.Text);
        }

        // The whole article goes into one UTF-8 buffer; paragraphs and sentences keep byte ranges of it.
        var bytes = new byte[byteCount];
        var store = new ArticleText(articleId, bytes);
        var result = new ArticleParagraph[merged.Count];
        var ranges = new List<Range>();
        var at = 0;
        for (var index = 0; index < merged.Count; index++)
        {
            var p = merged[index];
            ranges.Clear();
            if (p.IsHeading)
            {
                ranges.Add(0..p.Text.Length);
            }
            else
            {
                SentenceSplitter.SplitRanges(p.Text, ranges);
            }

            var paragraphStart = at;
            var sentences = new Sentence[ranges.Count];
            var chars = 0;
            for (var s = 0; s < ranges.Count; s++)
            {
                var (start, length) = ranges[s].GetOffsetAndLength(p.Text.Length);
                at += Utf8.GetBytes(p.Text.AsSpan(chars, start - chars), bytes.AsSpan(at));
                var written = Utf8.GetBytes(p.Text.AsSpan(start, length), bytes.AsSpan(at));
                sentences[s] = new Sentence(store, index, s, at, written);
                at += written;
                chars = start + length;
            }

            at += Utf8.GetBytes(p.Text.AsSpan(chars), bytes.AsSpan(at));
            result[index] = new ArticleParagraph(index, store, paragraphStart, at - paragraphStart, p.IsHeading, sentences);
        }

        return result;
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
            while (!p.IsHeading && i + 1 < raw.Count && p.Text.EndsWith(':') && OpenQuotes(p.Text) > 0 &&
                   !LineShapes.StartsWithDate(raw[i + 1].Text))
            {
                i++;
                p = new RawParagraph(p.Text + " " + raw[i].Text, IsHeading: false);
            }

            if (p.Text.Trim().Length > 0)
            {
                result.Add(p with { Text = p.Text.Trim() });
            }
        }

        return result;
    }

    private static int OpenQuotes(string text)
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
