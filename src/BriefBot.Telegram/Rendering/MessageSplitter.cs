using System.Globalization;
using System.Text;

namespace BriefBot.Telegram.Rendering;

/// <summary>
/// Packs message units into HTML messages of at most <see cref="MaxLength"/> characters, in order:
/// cuts between units first, then between sentences, then between words, and never inside a tag or an entity
/// (every piece is rendered whole, its tags closed).
/// </summary>
internal static class MessageSplitter
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxLength = 4096;

    public static List<string> Split(IReadOnlyList<MessageUnit> units, int maxLength = MaxLength)
    {
        var parts = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }

        int Start(string separator)
        {
            var before = current.Length;
            if (before > 0)
            {
                current.Append(separator);
            }

            return before;
        }

        // Whatever was rendered straight into the message is taken back when it does not fit.
        bool Kept(int before)
        {
            if (current.Length <= maxLength)
            {
                return true;
            }

            current.Length = before;
            return false;
        }

        bool TryAppend(string separator, IEnumerable<StyledText> runs)
        {
            var before = Start(separator);
            Html.AppendTo(current, runs);
            return Kept(before);
        }

        bool TryAppendHtml(string html)
        {
            var before = Start(string.Empty);
            current.Append(html);
            return Kept(before);
        }

        foreach (var unit in units)
        {
            if (TryAppend(unit.Separator, unit.Sentences.SelectMany(s => s)))
            {
                continue;
            }

            Flush();
            var separator = string.Empty;
            foreach (var sentence in unit.Sentences)
            {
                if (TryAppend(separator, sentence))
                {
                    separator = string.Empty;
                    continue;
                }

                Flush();
                if (!TryAppend(string.Empty, sentence))
                {
                    foreach (var piece in SplitSentence(sentence, maxLength))
                    {
                        if (!TryAppendHtml(piece))
                        {
                            Flush();
                            TryAppendHtml(piece);
                        }
                    }
                }
            }
        }

        Flush();
        return parts;
    }

    // A sentence longer than a whole message: cut between words, or inside a word that is itself too long.
    private static IEnumerable<string> SplitSentence(IReadOnlyList<StyledText> sentence, int maxLength)
    {
        foreach (var run in sentence)
        {
            var chunk = new StringBuilder();
            foreach (var word in Words(run.Text))
            {
                if (Html.Render(run with { Text = chunk + word }).Length <= maxLength)
                {
                    chunk.Append(word);
                    continue;
                }

                if (chunk.Length > 0)
                {
                    yield return Html.Render(run with { Text = chunk.ToString() });
                    chunk.Clear();
                }

                foreach (var piece in SplitWord(run, word, maxLength))
                {
                    if (Html.Render(run with { Text = chunk + piece }).Length <= maxLength)
                    {
                        chunk.Append(piece);
                    }
                    else
                    {
                        yield return Html.Render(run with { Text = chunk.ToString() });
                        chunk.Clear().Append(piece);
                    }
                }
            }

            if (chunk.Length > 0)
            {
                yield return Html.Render(run with { Text = chunk.ToString() });
            }
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                yield return text[start..i];
                start = i;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // Whole text elements only, so a surrogate pair or a combining mark is never cut.
    private static IEnumerable<string> SplitWord(StyledText run, string word, int maxLength)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && Html.Render(run with { Text = piece + element }).Length > maxLength)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(element);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }
}
