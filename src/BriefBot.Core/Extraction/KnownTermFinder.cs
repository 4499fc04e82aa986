using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownKeysSpan = KnownKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a word may start a known term, by its first two letters and its length: most words of a sentence are
    /// turned away here without hashing them (see <see cref="ShapeOf"/>).
    /// </summary>
    private static readonly bool[] FirstWordShapes = FirstWordShapesOf(ByFirstWord.Keys);


    /// <summary>Whether <paramref name="term"/> is one of the known terms, in any of its spellings.</summary>
    public static bool IsKnown(string term)
    {
        // The term's words lower-cased and joined by single spaces, as the keys are, without allocating.
        Span<char> key = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        var length = 0;
        foreach (var c in term)
        {
            if (c is ' ' or '-' or '/' or ',')
            {
                if (length > 0 && key[length - 1] != ' ')
                {
                    key[length++] = ' ';
                }
            }
            else
            {
                key[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
            }
        }

        if (length > 0 && key[length - 1] == ' ')
        {
            length--;
        }

        return KnownKeysSpan.Contains(key[..length]);
    }

    /// <summary>Adds a hit for each known term used in <paramref name="s"/>.</summary>
    /// <param name="words">The sentence's words (<see cref="WordRanges.Of"/>).</param>
    public static void Find(SentenceView s, ReadOnlySpan<WordRange> words, List<ConceptHit> hits)
    {
        var text = s.Text;
        for (var i = 0; i < words.Length; i++)
        {
            var (start, end) = (words[i].Start, words[i].End);
            if (!FirstWordShapes[ShapeOf(text.AsSpan(start, end - start))] || !ByFirstWordSpan.TryGetValue(text.AsSpan(start, end - start), out var entries))
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
    private static int LastWordOf(string text, ReadOnlySpan<WordRange> words, int at, string[] want)
    {
        var j = at;
        for (var k = 0; k < want.Length; k++, j++)
        {
            if (k > 0)
            {
                j = AfterBrackets(text, words, j);
            }

            if (j >= words.Length)
            {
                return -1;
            }

            var (start, end) = (words[j].Start, words[j].End);
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
    private static int AfterBrackets(string text, ReadOnlySpan<WordRange> words, int j)
    {
        if (j >= words.Length || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).IndexOf('(') < 0)
        {
            return j;
        }

        for (var limit = j + 8; j < words.Length && j < limit; j++)
        {
            if (text.AsSpan(words[j].End, (j + 1 < words.Length ? words[j + 1].Start : text.Length) - words[j].End).IndexOf(')') >= 0)
            {
                return j + 1;
            }
        }

        return words.Length;
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
    private static bool PartOfName(string text, ReadOnlySpan<WordRange> words, int at, int last)
    {
        if (!char.IsUpper(text[words[last].Start]))
        {
            return false;
        }

        var next = last + 1 < words.Length && char.IsUpper(text[words[last + 1].Start]) && OnlySpacesBetween(text, words[last].End, words[last + 1].Start);
        var previous = at > 0 && char.IsUpper(text[words[at - 1].Start]) && OnlySpacesBetween(text, words[at - 1].End, words[at].Start);
        return next || previous;
    }

    private static bool OnlySpacesBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAnyExcept(' ', '-') < 0;

    /// <summary>A word's first two letters (a to z, or 26 for any other) and its length (up to 63): its place in <see cref="FirstWordShapes"/>.</summary>
    private static int ShapeOf(ReadOnlySpan<char> word)
    {
        static int Letter(char c) => (c | 0x20) - 'a' is var l and >= 0 and < 26 ? l : 26;
        var second = word.Length > 1 ? Letter(word[1]) : 26;
        return ((Letter(word[0]) * 27) + second) * 64 + Math.Min(word.Length, 63);
    }

    private static bool[] FirstWordShapesOf(IEnumerable<string> firstWords)
    {
        var shapes = new bool[27 * 27 * 64];
        foreach (var word in firstWords)
        {
            // A one-word term may be written in the plural ("superpowers"), one or two letters longer.
            for (var extra = 0; extra <= 2; extra++)
            {
                shapes[ShapeOf(word + new string('s', extra))] = true;
            }
        }

        return shapes;
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
