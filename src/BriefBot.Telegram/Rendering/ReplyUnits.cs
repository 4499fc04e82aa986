using BriefBot.Core.Replies;

namespace BriefBot.Telegram.Rendering;

/// <summary>Lays a <see cref="Reply"/> out as message units: bold title, body, bold section headings, a compact source list.</summary>
internal static class ReplyUnits
{
    private const string Blank = "\n\n";
    private const string Line = "\n";

    public static List<MessageUnit> From(Reply reply)
    {
        var units = new List<MessageUnit>();
        if (!string.IsNullOrWhiteSpace(reply.Title))
        {
            units.Add(new MessageUnit(Blank, [[new StyledText(reply.Title.Trim(), SpanStyle.Bold)]]));
        }

        AddBlocks(units, reply.Body);
        foreach (var section in reply.Sections)
        {
            units.Add(new MessageUnit(Blank, [[new StyledText(section.Heading, SpanStyle.Bold)]]));
            AddBlocks(units, section.Blocks, firstSeparator: Line);
        }

        if (reply.Sources.Count > 0)
        {
            var runs = new List<StyledText> { new("Sources: ", SpanStyle.Italic) };
            for (var i = 0; i < reply.Sources.Count; i++)
            {
                runs.Add(new StyledText((i == 0 ? string.Empty : " · ") + reply.Sources[i], SpanStyle.Italic));
            }

            // Each source is a place where a very long list may be cut.
            units.Add(new MessageUnit(Blank, runs.Select(r => (IReadOnlyList<StyledText>)[r]).ToList()));
        }

        return units;
    }

    private static void AddBlocks(List<MessageUnit> units, IReadOnlyList<Block> blocks, string firstSeparator = Blank)
    {
        var separator = firstSeparator;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    units.Add(new MessageUnit(separator, Sentences(paragraph.Spans)));
                    break;
                case BulletList list:
                    var itemSeparator = separator;
                    foreach (var item in list.Items)
                    {
                        var sentences = Sentences(item);
                        sentences.Insert(0, [new StyledText("• ")]);
                        units.Add(new MessageUnit(itemSeparator, Merge(sentences)));
                        itemSeparator = Line;
                    }

                    break;
            }

            separator = Blank;
        }
    }

    // The bullet belongs to the first sentence of its item.
    private static List<IReadOnlyList<StyledText>> Merge(List<IReadOnlyList<StyledText>> sentences)
    {
        if (sentences.Count < 2)
        {
            return sentences;
        }

        List<IReadOnlyList<StyledText>> merged = [[.. sentences[0], .. sentences[1]]];
        merged.AddRange(sentences.Skip(2));
        return merged;
    }

    /// <summary>Cuts spans into sentences; a sentence may hold pieces of several spans.</summary>
    internal static List<IReadOnlyList<StyledText>> Sentences(IReadOnlyList<Span> spans)
    {
        var sentences = new List<IReadOnlyList<StyledText>>();
        var current = new List<StyledText>();
        foreach (var span in spans)
        {
            var text = span.Text;
            var start = 0;
            while (start < text.Length)
            {
                var end = NextSentenceStart(text, start);
                current.Add(new StyledText(text[start..end], span.Style, span.Url));
                if (end < text.Length || EndsSentence(text, end))
                {
                    sentences.Add(current);
                    current = [];
                }

                start = end;
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>
    /// Where the next sentence starts after <paramref name="from"/>: the first word after a sentence's end and the
    /// whitespace that follows it (". ", "!\" ", "?) "), which stays with the sentence it ends; the text's length if none.
    /// </summary>
    private static int NextSentenceStart(string text, int from)
    {
        for (var i = from + 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1]) && EndsSentence(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Whether <c>text[..end]</c> ends with a sentence's end and whitespace: "[.!?…] then maybe a closing mark, then whitespace".</summary>
    private static bool EndsSentence(string text, int end)
    {
        var i = end - 1;
        if (i < 0 || !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        // The mark before the whitespace ends the sentence, or closes a quote or bracket right after such a mark ("?) ").
        return i >= 0 && (IsSentenceEnd(text[i]) || IsClosingMark(text[i]) && i > 0 && IsSentenceEnd(text[i - 1]));
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosingMark(char c) => c is ')' or '"' or '\'' or '»' or '”';
}
