using System.Globalization;
using System.Text;

namespace BriefBot.Core.Text;

/// <summary>
/// Folds text for matching: case, accents, quotes, apostrophes and hyphens stop mattering
/// ("Two-Track" → "two track", "Lucía’s" → "lucias", "Belt &amp; Road" → "belt and road").
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '+')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                builder.Append(builder.Length > 0 ? " and" : "and");
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded text with its spaces removed: "multi alignment" and "multialignment" meet here.</summary>
    public static string Squash(string folded) => folded.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Splits folded text into its words.</summary>
    public static string[] Words(string folded) =>
        folded.Length == 0 ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The characters folding drops inside words ("Lucía’s" → "lucias"); the search tokenizer drops the same.</summary>
    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';
}
