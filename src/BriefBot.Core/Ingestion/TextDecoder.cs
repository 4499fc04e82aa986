using System.Text;

namespace BriefBot.Core.Ingestion;

/// <summary>Turns raw file bytes into text, or says in plain words why they are not text.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = string.Empty;
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

        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            problem = "it is not valid UTF-8 text (save it as UTF-8 and reload)";
            return false;
        }

        if (CountControlCharacters(text) > Math.Max(8, text.Length / 100))
        {
            problem = "it is not a text file (it contains binary data)";
            return false;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        problem = null;
        return true;
    }

    private static int CountControlCharacters(string text)
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
}
