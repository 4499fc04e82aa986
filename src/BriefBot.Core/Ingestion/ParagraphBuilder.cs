using BriefBot.Core.Content;

namespace BriefBot.Core.Ingestion;

/// <summary>Numbers paragraphs and splits them into sentences.</summary>
internal static class ParagraphBuilder
{
    public static IReadOnlyList<ArticleParagraph> Build(string articleId, IReadOnlyList<RawParagraph> raw)
    {
        var merged = MergeBrokenQuotations(raw);
        var result = new List<ArticleParagraph>(merged.Count);
        foreach (var p in merged)
        {
            var index = result.Count;
            var texts = p.IsHeading ? [p.Text] : SentenceSplitter.Split(p.Text);
            var sentences = new List<Sentence>(texts.Count);
            for (var s = 0; s < texts.Count; s++)
            {
                sentences.Add(new Sentence(articleId, index, s, texts[s]));
            }

            result.Add(new ArticleParagraph(index, p.Text, p.IsHeading, sentences));
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
