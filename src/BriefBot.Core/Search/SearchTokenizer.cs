using System.Buffers;
using System.Globalization;
using System.Text;
using BriefBot.Core.Text;

namespace BriefBot.Core.Search;

/// <summary>Words for full-text search: folded, stop words dropped, plurals reduced (an "S" stemmer).</summary>
/// <remarks>
/// The same terms as <see cref="BriefBot.Core.Text.TextFolding.Fold"/> then <see cref="BriefBot.Core.Text.TextFolding.Words"/>
/// give, with stop words dropped and <see cref="Stem"/> applied, but read straight off the text a word at a time into a
/// small buffer, so indexing hundreds of thousands of sentences makes no string for a word it already knows.
/// </remarks>
public static class SearchTokenizer
{
    private const int StackWord = 64;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "its", "from", "has", "have", "had", "been", "which", "who", "whom", "what", "when", "where",
        "we", "our", "you", "your", "he", "she", "his", "her", "them", "than", "so", "can", "could", "would", "should",
        "do", "does", "did", "were", "about", "also", "more", "most", "over", "between", "after", "before",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer words need no look-up in the stop words.
    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    // Per character: 0 not yet known, 1 stable under form D (see DecompositionStable), 2 not.
    private static readonly byte[] Stable = new byte[char.MaxValue + 1];

    public static IEnumerable<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new ListSink();
        Each(text, sink);
        return sink.Terms;
    }

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var length = StemLength(word, out var toY);
        return toY ? string.Concat(word.AsSpan(0, length - 1), "y") : length == word.Length ? word : word[..length];
    }

    /// <summary>Hands every term of <paramref name="text"/> to <paramref name="sink"/>, in order; the span is only valid during the call.</summary>
    internal static void Each(ReadOnlySpan<char> text, ITermSink sink)
    {
        if (!IsAscii(text) && !IsNormalizedFormD(text))
        {
            text = text.ToString().Normalize(NormalizationForm.FormD);
        }

        char[]? rented = null;
        Span<char> word = stackalloc char[StackWord];
        var length = 0;
        foreach (var c in text)
        {
            char lower;
            if (c < 0x80)
            {
                if (c is '\'' or '`')
                {
                    continue;
                }

                if (!char.IsAsciiLetterOrDigit(c) && c != '+')
                {
                    Emit(word[..length], sink);
                    length = 0;
                    continue;
                }

                lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || TextFolding.IsApostrophe(c))
                {
                    continue;
                }

                if (!char.IsLetterOrDigit(c))
                {
                    Emit(word[..length], sink);
                    length = 0;
                    continue;
                }

                lower = char.ToLowerInvariant(c);
            }

            if (length == word.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(word.Length * 2);
                word.CopyTo(bigger);
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                rented = bigger;
                word = bigger;
            }

            word[length++] = lower;
        }

        Emit(word[..length], sink);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Emit(Span<char> word, ITermSink sink)
    {
        if (word.Length == 0 || word.Length <= LongestStopWord && StopWordSpans.Contains(word))
        {
            return;
        }

        var length = StemLength(word, out var toY);
        if (toY)
        {
            word[length - 1] = 'y';
        }

        sink.Add(word[..length]);
    }

    /// <summary>How long the stemmed word is; <paramref name="toY"/> when its last character becomes 'y' ("policies" → "policy").</summary>
    private static int StemLength(ReadOnlySpan<char> word, out bool toY)
    {
        toY = false;
        if (word.Length > 4 && word.EndsWith("ies") && !word.EndsWith("eies") && !word.EndsWith("aies"))
        {
            toY = true;
            return word.Length - 2;
        }

        if (word.Length > 3 && word.EndsWith("es") && !word.EndsWith("aes") && !word.EndsWith("ees") && !word.EndsWith("oes"))
        {
            return word.Length - 1;
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('u' or 's'))
        {
            return word.Length - 1;
        }

        return word.Length;
    }

    private static bool IsAscii(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange((char)0, (char)0x7F);

    /// <summary>
    /// Whether the text is in Unicode form D, as <see cref="MemoryExtensions.IsNormalized"/> says, but asking ICU only
    /// about text with a character that is not its own decomposition: typographic quotes and dashes, in nearly every
    /// sentence, made that call most of the cost of indexing.
    /// </summary>
    private static bool IsNormalizedFormD(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !DecompositionStable(c))
            {
                return text.IsNormalized(NormalizationForm.FormD);
            }
        }

        return true;
    }

    /// <summary>
    /// A character that form D leaves as it is wherever it stands: its own canonical decomposition, and not a mark
    /// (only marks have a combining class, by which form D reorders). Worked out once per character.
    /// </summary>
    private static bool DecompositionStable(char c)
    {
        var known = Stable[c];
        if (known == 0)
        {
            // Threads may race to fill the same entry; they write the same value.
            var stable = !char.IsSurrogate(c) &&
                         CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) &&
                         c.ToString().IsNormalized(NormalizationForm.FormD);
            Stable[c] = known = stable ? (byte)1 : (byte)2;
        }

        return known == 1;
    }

    private sealed class ListSink : ITermSink
    {
        public List<string> Terms { get; } = [];

        public void Add(ReadOnlySpan<char> term) => Terms.Add(term.ToString());
    }
}

/// <summary>Receives the terms <see cref="SearchTokenizer"/> reads, one at a time.</summary>
internal interface ITermSink
{
    void Add(ReadOnlySpan<char> term);
}
