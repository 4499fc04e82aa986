using System.Globalization;
using System.Runtime.CompilerServices;

namespace BriefBot.Core.Extraction.Text;

/// <summary>The character classes the word scanners use, as the regular expressions define them (per UTF-16 unit).</summary>
internal static class WordChars
{
    // The methods marked AggressiveOptimization run for every character of the corpus: they are compiled optimised on
    // first use instead of starting slow and being recompiled in the middle of a build, which is often run only once.
    /// <summary><c>[\p{L}\p{M}\p{N}]</c>: a letter, a combining mark or a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return IsLetterMarkOrNumber(char.GetUnicodeCategory(c));
    }

    /// <summary><c>[\p{L}\p{N}]</c>: a letter or a digit (no combining mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsLetterOrNumber(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    private static bool IsLetterMarkOrNumber(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary><c>\p{M}</c>: a combining mark.</summary>
    public static bool IsMark(char c) =>
        c >= 128 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
