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

    // After a dotted acronym ("U.S.") a sentence only ends when one of these common openers follows.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "In", "But", "And",
        "A", "An", "However", "Yet", "So", "Still", "Meanwhile", "There", "Their", "His", "Her", "Our", "As", "If",
        "When", "While", "After", "Before", "Since", "For", "On", "At", "By", "With",
    }.ToFrozenSet(StringComparer.Ordinal);

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
    internal static void SplitRanges(string text, List<Range> sentences)
    {
        if (string.IsNullOrWhiteSpace(text))
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

    private static bool EndsSentence(string text, int start, int punct, int afterClosers)
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

        var bare = word.Replace(".", string.Empty, StringComparison.Ordinal);
        if (Abbreviations.Contains(bare) && !char.IsDigit(n))
        {
            return false;
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.All(ch => char.IsLetter(ch) || ch == '.'))
        {
            // A dotted acronym such as "U.S" (the final dot is the one we are at).
            var nextWord = ReadWord(text, next);
            return SentenceOpeners.Contains(nextWord);
        }

        return true;
    }

    private static string ReadWord(string text, int at)
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

    private static void Add(List<Range> sentences, string text, int start, int end)
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
