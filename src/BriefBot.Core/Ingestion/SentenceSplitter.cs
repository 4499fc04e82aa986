using System.Collections.Frozen;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes or brackets
/// that follow) when the next word starts a new sentence; abbreviations, initials and dotted acronyms do not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "sen", "rep", "gov", "gen", "col", "lt", "maj",
        "capt", "cpt", "sgt", "adm", "cmdr", "hon", "rev", "fr", "pres", "amb", "messrs", "mme", "mlle",
        "vs", "etc", "eg", "ie", "cf", "al", "approx", "ca", "inc", "ltd", "co", "corp", "dept", "univ", "assn",
        "no", "nos", "vol", "vols", "pp", "p", "fig", "ed", "eds", "op", "cit", "ibid", "art", "sec", "ch",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mt", "ft", "ave", "blvd", "est", "min", "max", "incl", "govt", "intl", "natl",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestAbbreviation = Abbreviations.Max(a => a.Length);

    // After a dotted acronym ("U.S.") a sentence only ends when one of these common openers follows.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "In", "But", "And",
        "A", "An", "However", "Yet", "So", "Still", "Meanwhile", "There", "Their", "His", "Her", "Our", "As", "If",
        "When", "While", "After", "Before", "Since", "For", "On", "At", "By", "With",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<string> Split(string text)
    {
        var ranges = new List<Range>();
        SplitRanges(text, ranges);
        var sentences = new List<string>(ranges.Count);
        foreach (var range in ranges)
        {
            sentences.Add(text[range]);
        }

        return sentences;
    }

    /// <summary>Where each sentence of <paramref name="text"/> is, trimmed, in order: what <see cref="Split"/> cuts out.</summary>
    internal static void SplitRanges(ReadOnlySpan<char> text, List<Range> sentences)
    {
        if (text.IsWhiteSpace())
        {
            return;
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '…'))
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (end >= text.Length)
                {
                    break;
                }

                if (char.IsWhiteSpace(text[end]) && EndsSentence(text, start, i, end))
                {
                    Add(sentences, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int start, int punct, int afterClosers)
    {
        var next = afterClosers;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var n = text[next];
        var startsNew = char.IsUpper(n) || char.IsDigit(n) || IsOpener(n);
        if (!startsNew)
        {
            return false;
        }

        if (text[punct] != '.')
        {
            return true;
        }

        // Look at the word the period closes.
        var wordStart = punct;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpener(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..punct];
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (IsAbbreviation(word) && !char.IsDigit(n))
        {
            return false;
        }

        if (word.Contains('.') && IsLettersAndDots(word))
        {
            // A dotted acronym such as "U.S" (the final dot is the one we are at).
            return OpenerLookup.Contains(ReadWord(text, next));
        }

        return true;
    }

    /// <summary>Whether the word, less its dots ("e.g" as "eg"), is a known abbreviation.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length - word.Count('.') > LongestAbbreviation)
        {
            return false;
        }

        Span<char> bare = stackalloc char[LongestAbbreviation];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '.')
            {
                bare[length++] = c;
            }
        }

        return AbbreviationLookup.Contains(bare[..length]);
    }

    private static bool IsLettersAndDots(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[at..end];
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '“';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    private static void Add(List<Range> sentences, ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(start..end);
        }
    }
}
