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
        var ranges = new List<Range>[merged.Count];
        var sentenceCount = 0;
        for (var p = 0; p < merged.Count; p++)
        {
            var text = merged[p].Text;
            byteCount += Utf8.GetByteCount(text);
            ranges[p] = [];
            if (merged[p].IsHeading)
            {
                ranges[p].Add(0..text.Length);
            }
            else
            {
                SentenceSplitter.SplitRanges(text, ranges[p]);
            }

            sentenceCount += ranges[p].Count;
        }

        // The whole article goes into one UTF-8 buffer; paragraphs and sentences are byte ranges of it.
        var bytes = new byte[byteCount];
        var paragraphs = merged.Count;
        var layout = new int[ArticleText.LayoutLength(paragraphs, sentenceCount)];
        var at = 0;
        var sentence = 0;
        for (var p = 0; p < paragraphs; p++)
        {
            var text = merged[p].Text.AsSpan();
            ArticleText.SetParagraph(layout, paragraphs, p, at, sentence, merged[p].IsHeading);
            var chars = 0;
            foreach (var range in ranges[p])
            {
                var (start, length) = range.GetOffsetAndLength(text.Length);
                at += Utf8.GetBytes(text[chars..start], bytes.AsSpan(at));
                var written = Utf8.GetBytes(text.Slice(start, length), bytes.AsSpan(at));
                ArticleText.SetSentence(layout, paragraphs, sentenceCount, sentence++, at, written);
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
