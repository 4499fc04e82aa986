using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace BriefBot.Core.Ingestion;

/// <summary>Turns raw file bytes into text, or says in plain words why they are not text.</summary>
internal static class TextDecoder
{
    /// <summary>
    /// Decodes strict UTF-8 (less any byte order mark), or UTF-16 or UTF-32 that starts with its byte order mark, into <paramref name="chars"/>, which must hold at least as many
    /// characters as there are bytes, with every line ending made '\n'.
    /// </summary>
    /// <param name="length">How many characters of <paramref name="chars"/> the text takes.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, Span<char> chars, out int length, out string? problem)
    {
        length = 0;
        if (UnicodeWithByteOrderMark.Detect(bytes) is { } unicode)
        {
            return TryDecodeUnicode(bytes, unicode, chars, out length, out problem);
        }

        if (bytes.Contains((byte)0))
        {
            problem = "it is not a text file (it contains binary data)";
            return false;
        }

        var span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (Utf8.ToUtf16(span, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            problem = "it is not valid UTF-8 text (save it as UTF-8 and reload)";
            return false;
        }

        var text = chars[..written];
        if (CountControlCharacters(text) > Math.Max(8, text.Length / 100))
        {
            problem = "it is not a text file (it contains binary data)";
            return false;
        }

        length = NormaliseLineEnds(text);
        problem = null;
        return true;
    }

    /// <summary>UTF-16 or UTF-32 text after its byte order mark, strictly decoded; a NUL in it makes it binary.</summary>
    private static bool TryDecodeUnicode(ReadOnlySpan<byte> bytes, Encoding encoding, Span<char> chars, out int length, out string? problem)
    {
        length = 0;
        int written;
        try
        {
            written = encoding.GetChars(bytes[encoding.Preamble.Length..], chars);
        }
        catch (DecoderFallbackException)
        {
            problem = $"it is not valid {encoding.WebName.ToUpperInvariant()} text, though it starts with that byte order mark (save it as UTF-8 and reload)";
            return false;
        }

        var text = chars[..written];
        if (text.Contains('\0') || CountControlCharacters(text) > Math.Max(8, text.Length / 100))
        {
            problem = "it is not a text file (it contains binary data)";
            return false;
        }

        length = NormaliseLineEnds(text);
        problem = null;
        return true;
    }

    private static int CountControlCharacters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Makes "\r\n" and a lone '\r' into '\n' in place; returns the new length.</summary>
    private static int NormaliseLineEnds(Span<char> text)
    {
        var first = text.IndexOf('\r');
        if (first < 0)
        {
            return text.Length;
        }

        var to = first;
        for (var from = first; from < text.Length; from++)
        {
            var c = text[from];
            if (c == '\r')
            {
                c = '\n';
                if (from + 1 < text.Length && text[from + 1] == '\n')
                {
                    from++;
                }
            }

            text[to++] = c;
        }

        return to;
    }
}
