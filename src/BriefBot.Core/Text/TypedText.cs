using System.Text;

namespace BriefBot.Core.Text;

/// <summary>
/// What a reply may show of what a user typed. Commands are cleaned once, where they enter (<c>CommandLine.Parse</c>,
/// used by the router for every platform), and quoted through <see cref="Quote"/>.
/// </summary>
public static class TypedText
{
    /// <summary>How much of a typed argument a reply quotes; longer ones are cut with an ellipsis.</summary>
    public const int QuotedLength = 60;

    private const char Escape = '\u001b';

    /// <summary>
    /// Drops what a terminal or chat client would act on instead of showing: C0 and C1 control characters (tab, line
    /// breaks and other whitespace controls become spaces), whole terminal escape sequences (CSI, OSC, DCS and the
    /// rest, 7- and 8-bit), and bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which could
    /// turn the rest of a reply around. An unpaired surrogate becomes U+FFFD. Letters, marks, zero-width joiners and
    /// the left-to-right and right-to-left marks are kept.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                i = SkipEscapeSequence(text, i + 1) - 1;
            }
            else if (c == '\u009b')
            {
                i = SkipControlSequence(text, i + 1) - 1;
            }
            else if (c is '\u0090' or '\u0098' or '\u009d' or '\u009e' or '\u009f')
            {
                i = SkipControlString(text, i + 1) - 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (char.IsWhiteSpace(c) && (char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c) && !IsBidiControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Typed text as a reply quotes it: cleaned, and cut to about <see cref="QuotedLength"/> characters with an ellipsis.</summary>
    public static string Quote(string? text)
    {
        var clean = Clean(text);
        if (clean.Length <= QuotedLength)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', QuotedLength - 1);
        var end = cut > QuotedLength / 2 ? cut : QuotedLength - 1;
        if (char.IsHighSurrogate(clean[end - 1]))
        {
            end--;
        }

        return string.Concat(clean.AsSpan(0, end).TrimEnd(), "…");
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || IsBidiControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    /// <summary>After ESC: returns the index just past the sequence (ECMA-48: CSI, control strings, nF/Fp/Fe/Fs).</summary>
    private static int SkipEscapeSequence(string text, int i)
    {
        if (i >= text.Length)
        {
            return i;
        }

        switch (text[i])
        {
            case '[':
                return SkipControlSequence(text, i + 1);
            case ']' or 'P' or 'X' or '^' or '_':
                return SkipControlString(text, i + 1);
        }

        while (i < text.Length && text[i] is >= ' ' and <= '/')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '0' and <= '~' ? i + 1 : i;
    }

    /// <summary>After CSI: parameter bytes, intermediate bytes, one final byte.</summary>
    private static int SkipControlSequence(string text, int i)
    {
        while (i < text.Length && text[i] is >= '0' and <= '?')
        {
            i++;
        }

        while (i < text.Length && text[i] is >= ' ' and <= '/')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '@' and <= '~' ? i + 1 : i;
    }

    /// <summary>After OSC, DCS, SOS, PM or APC: everything up to and including BEL, ST or ESC \ (or the end).</summary>
    private static int SkipControlString(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            if (text[i] is '\u0007' or '\u009c')
            {
                return i + 1;
            }

            if (text[i] == Escape)
            {
                return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i; // another ESC ends the string and starts its own sequence
            }
        }

        return i;
    }
}
