using System.Buffers;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Extraction.Text;

/// <summary>A quoted stretch of a paragraph: <see cref="Start"/> and <see cref="End"/> bound the text inside the marks.</summary>
/// <param name="WordCount">How many words, counted between spaces, the quotation has.</param>
/// <param name="ContinuesPrevious">The paragraph opens inside a quotation begun in the previous paragraph.</param>
/// <param name="Closed">False when the quotation runs on past the end of the paragraph.</param>
/// <remarks>
/// A paragraph keeps its quotations from the first stage of a build to the last, so they hold places, not text: the
/// text is read from the paragraph when needed (<see cref="TextIn"/>).
/// </remarks>
internal readonly record struct QuoteSpan(int Start, int End, int WordCount, bool ContinuesPrevious, bool Closed)
{
    /// <summary>The quotation's text in <paramref name="paragraph"/>, the text it was found in (trimmed when it continues the previous paragraph's).</summary>
    public string TextIn(string paragraph) => ContinuesPrevious ? paragraph[..End].Trim() : paragraph[Start..End];

    public static QuoteSpan In(string paragraph, int start, int end, bool continuesPrevious, bool closed)
    {
        var text = continuesPrevious ? paragraph.AsSpan(0, end).Trim() : paragraph.AsSpan(start, end - start);
        return new QuoteSpan(start, end, LineShapes.CountWords(text), continuesPrevious, closed);
    }
}

/// <summary>
/// Finds quotations marked with typographic (“ ”) or straight (") double quotes, or with typographic single quotes
/// (‘ ’, British style) where ’ closes only when no letter follows (so "Russia’s" stays inside).
/// </summary>
internal static class QuoteSpans
{
    // Only these characters open or close a quotation: the scan jumps from one to the next.
    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("“\"‘”");
    private static readonly SearchValues<char> DoubleClosingMarks = SearchValues.Create("”\"“");

    /// <summary>Whether the text has a mark that may open a quotation: without one, <see cref="Find"/> finds nothing.</summary>
    public static bool MayQuote(ReadOnlySpan<char> text) => text.ContainsAny(OpeningMarks);

    /// <summary>Adds the paragraph's quotations to <paramref name="spans"/>.</summary>
    public static void Find(string text, List<QuoteSpan> spans)
    {
        var first = spans.Count;
        var open = -1;
        var single = false;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = open < 0 ? text.AsSpan(i).IndexOfAny(OpeningMarks) : single ? text.AsSpan(i).IndexOf('’') : text.AsSpan(i).IndexOfAny(DoubleClosingMarks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            var prevSpace = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-';
            var nextWordChar = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            var nextIsLetter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (open < 0)
            {
                if ((c == '“' || (c == '"' && prevSpace)) && nextWordChar)
                {
                    open = i + 1;
                    single = false;
                }
                else if (c == '‘' && prevSpace && nextIsLetter)
                {
                    open = i + 1;
                    single = true;
                }
                else if (c == '”' && spans.Count == first && i > 0)
                {
                    spans.Add(QuoteSpan.In(text, 0, i, continuesPrevious: true, closed: true));
                }

                continue;
            }

            var closes = single
                ? c == '’' && !nextIsLetter
                : c == '”' || (c == '"' && !(prevSpace && nextWordChar)) || (c == '“' && !nextIsLetter);
            if (closes)
            {
                if (i > open)
                {
                    spans.Add(QuoteSpan.In(text, open, i, continuesPrevious: false, closed: true));
                }

                open = -1;
            }
        }

        if (open >= 0 && open < text.Length)
        {
            spans.Add(QuoteSpan.In(text, open, text.Length, continuesPrevious: false, closed: false));
        }
    }
}
