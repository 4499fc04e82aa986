using System.Globalization;
using System.Text;

namespace BriefBot.Core.Extraction.Text;

/// <summary>Case, accent, quote and hyphen folding, and slugs for ids.</summary>
public static class Folding
{
    /// <summary>Lower-case, accents removed, typographic quotes and apostrophes made straight.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = true;
        var lower = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }

            lower &= !char.IsAsciiLetterUpper(c);
        }

        if (ascii)
        {
            return lower ? text : text.ToLowerInvariant(); // most words are already folded: no copy
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '’' or '‘' or '`' or '´' or 'ʼ' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                '–' or '—' or '‐' or '‑' => '-',
                'ı' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded words joined by single spaces: quotes, hyphens and punctuation ignored ("Two-Track" → "two track").</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = stackalloc char[AsciiKey.BufferFor(text.Length)];
        if (AsciiKey.TryWrite(text, buffer, out var written))
        {
            var key = buffer[..written];
            return key.SequenceEqual(text) ? text : key.ToString();
        }

        return string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Folded));
    }

    /// <summary>A lower-case ASCII slug: "Inés Muñoz" → "ines-munoz".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (c == '+')
            {
                sb.Append("-plus");
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>Folds quotes and apostrophes to straight ones and case, for comparing titles.</summary>
    public static string TitleKey(string title) =>
        Fold(title).Trim().Trim(TitleEdges);

    private static readonly char[] TitleEdges = ['"', '\'', '.', ' '];
}
