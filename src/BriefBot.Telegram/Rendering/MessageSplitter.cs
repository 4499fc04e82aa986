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

        bool TryAppend(string separator, string html)
        {
            var needed = (current.Length == 0 ? 0 : separator.Length) + html.Length;
            if (current.Length + needed > maxLength)
            {
                return false;
            }

            if (current.Length > 0)
            {
                current.Append(separator);
            }

            current.Append(html);
            return true;
        }

        foreach (var unit in units)
        {
            if (TryAppend(unit.Separator, Html.Render(unit.Sentences.SelectMany(s => s))))
            {
                continue;
            }

            Flush();
            var separator = string.Empty;
            foreach (var sentence in unit.Sentences)
            {
                var html = Html.Render(sentence);
                if (TryAppend(separator, html))
                {
                    separator = string.Empty;
                    continue;
                }

                Flush();
                if (!TryAppend(string.Empty, html))
                {
                    foreach (var piece in SplitSentence(sentence, maxLength))
                    {
                        if (!TryAppend(string.Empty, piece))
                        {
                            Flush();
                            TryAppend(string.Empty, piece);
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
