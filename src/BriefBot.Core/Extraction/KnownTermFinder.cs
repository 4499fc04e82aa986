using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Finds the textbook terms of <see cref="TermsOfArt"/> in a sentence, quoted or not ("the transition period ends",
/// "a level-playing field"), unless they are part of a longer name ("Human Rights Watch") or of a cited work's title.
/// </summary>
internal static class KnownTermFinder
{
    private sealed record Entry(string[] Words, string Term, TermWeight Weight);

    private static readonly FrozenDictionary<string, Entry[]> ByFirstWord = Build(out KnownKeys);

    private static readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWordSpan =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every way of writing a known term, its words lower-cased and joined by single spaces.</summary>
    private static readonly FrozenSet<string> KnownKeys;

    [ThreadStatic]
    private static List<(int Start, int End)>? t_words;

    /// <summary>Whether <paramref name="term"/> is one of the known terms, in any of its spellings.</summary>
    public static bool IsKnown(string term) => KnownKeys.Contains(string.Join(' ', WordsOf(term.ToLowerInvariant().Replace('’', '\''))));

    /// <summary>Adds a hit for each known term used in <paramref name="s"/>.</summary>
    public static void Find(SentenceView s, List<ConceptHit> hits)
    {
        var text = s.Text;
        var words = t_words ??= [];
        words.Clear();
        Split(text, words);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end) = words[i];
            if (!ByFirstWordSpan.TryGetValue(text.AsSpan(start, end - start), out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var last = LastWordOf(text, words, i, entry.Words);
                if (last < 0 || PartOfName(text, words, i, last) || s.Paragraph.InTitle(s.Offset + words[i].Start, s.Offset + words[last].End))
                {
                    continue;
                }

                var definition = ConceptFinder.DefinitionInSentence(s, words[last].End) ?? new DefinitionCandidate(1, null, s);
                hits.Add(new ConceptHit(entry.Term, false, false, null, definition, s, entry.Weight));
                i = last;
                break;
            }
        }
    }

    /// <summary>
    /// The index of the last word of <paramref name="want"/> written from word <paramref name="at"/> on, or -1. An
    /// explanation in brackets may stand between two words ("WTO (World Trade Organization) rules").
    /// </summary>
    private static int LastWordOf(string text, List<(int Start, int End)> words, int at, string[] want)
    {
        var j = at;
        for (var k = 0; k < want.Length; k++, j++)
        {
            if (k > 0)
            {
                j = AfterBrackets(text, words, j);
            }

            if (j >= words.Count)
            {
                return -1;
            }

            var (start, end) = words[j];
            var word = text.AsSpan(start, end - start);
            if (SameWord(word, want[k]))
            {
                continue;
            }

            // The last word may be plural ("war crime" → "war crimes", "superpower" → "superpowers").
            var last = k == want.Length - 1;
            if (!(last && (word.EndsWith("s", StringComparison.Ordinal) && SameWord(word[..^1], want[k]) ||
                           word.EndsWith("es", StringComparison.Ordinal) && SameWord(word[..^2], want[k]))))
            {
                return -1;
            }
        }

        return j - 1;
    }

    /// <summary>Word <paramref name="j"/>, or when a bracket opens before it, the first word after the bracket closes.</summary>
    private static int AfterBrackets(string text, List<(int Start, int End)> words, int j)
    {
        if (j >= words.Count || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).IndexOf('(') < 0)
        {
            return j;
        }

        for (var limit = j + 8; j < words.Count && j < limit; j++)
        {
            if (text.AsSpan(words[j].End, (j + 1 < words.Count ? words[j + 1].Start : text.Length) - words[j].End).IndexOf(')') >= 0)
            {
                return j + 1;
            }
        }

        return words.Count;
    }

    private static bool SameWord(ReadOnlySpan<char> word, string want)
    {
        if (word.Length != want.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == '’' ? '\'' : char.ToLowerInvariant(word[i]);
            if (c != want[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Capitalised and next to another capitalised word: part of a name such as "Human Rights Watch" or "the Arms Control Association".</summary>
    private static bool PartOfName(string text, List<(int Start, int End)> words, int at, int last)
    {
        if (!char.IsUpper(text[words[last].Start]))
        {
            return false;
        }

        var next = last + 1 < words.Count && char.IsUpper(text[words[last + 1].Start]) && OnlySpacesBetween(text, words[last].End, words[last + 1].Start);
        var previous = at > 0 && char.IsUpper(text[words[at - 1].Start]) && OnlySpacesBetween(text, words[at - 1].End, words[at].Start);
        return next || previous;
    }

    private static bool OnlySpacesBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAnyExcept(' ', '-') < 0;

    /// <summary>The words of <paramref name="text"/>: runs of letters, digits and inner apostrophes; hyphens, slashes and spaces separate them.</summary>
    private static void Split(string text, List<(int Start, int End)> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark ||
                                       text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }
    }

    private static IEnumerable<string> WordsOf(string phrase) =>
        phrase.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries);

    private static FrozenDictionary<string, Entry[]> Build(out FrozenSet<string> keys)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        var allKeys = new HashSet<string>(StringComparer.Ordinal);
        void Add(string line, TermWeight weight)
        {
            var spellings = line.Split('|');
            var term = spellings[0];
            foreach (var spelling in spellings.SelectMany(s => new[] { s, AmericanSpelling(s) }).Distinct(StringComparer.Ordinal))
            {
                var words = WordsOf(spelling.ToLowerInvariant().Replace('’', '\'')).ToArray();
                if (!allKeys.Add(string.Join(' ', words)))
                {
                    continue;
                }

                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add(new Entry(words, term, weight));
            }
        }

        foreach (var line in TermsOfArt.Distinctive)
        {
            Add(line, TermWeight.Distinctive);
        }

        foreach (var line in TermsOfArt.Common)
        {
            Add(line, TermWeight.Common);
        }

        keys = allKeys.ToFrozenSet(StringComparer.Ordinal);

        // The longest entry is tried first, so "nuclear non-proliferation" wins over "nuclear".
        return byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The -ize spelling of a term written with -ise ("normalisation" → "normalization").</summary>
    private static string AmericanSpelling(string term) => Regex.Replace(term, @"is(ation|e|ed|es|ing)\b", "iz$1", RegexOptions.CultureInvariant);
}
