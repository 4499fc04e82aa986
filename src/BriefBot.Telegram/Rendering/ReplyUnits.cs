using System.Text.RegularExpressions;
using BriefBot.Core.Replies;

namespace BriefBot.Telegram.Rendering;

/// <summary>Lays a <see cref="Reply"/> out as message units: bold title, body, bold section headings, a compact source list.</summary>
internal static partial class ReplyUnits
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
            foreach (var piece in SentenceEnd().Split(span.Text))
            {
                if (piece.Length == 0)
                {
                    continue;
                }

                current.Add(new StyledText(piece, span.Style, span.Url));
                if (EndsSentence(piece))
                {
                    sentences.Add(current);
                    current = [];
                }
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    private static bool EndsSentence(string piece) => TrailingSentenceEnd().IsMatch(piece);

    // Splits after ". ", "! ", "? ", "… " keeping the whitespace with the sentence it ends.
    [GeneratedRegex(@"(?<=[.!?…][)""'»”]?\s+)(?=\S)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?…][)""'»”]?\s+$")]
    private static partial Regex TrailingSentenceEnd();
}
