using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A run of capitalised words: the words (possessive "'s" removed), where it starts and where its last word ends.</summary>
/// <param name="Words">Valid until the next run is asked for: <see cref="NameChunks.Scanner"/> reuses the list (copy it to keep it).</param>
internal readonly record struct Chunk(List<string> Words, int Start, int AfterWord);

/// <summary>Runs of capitalised words joined by spaces and connectors ("of", "and", "&amp;", "the"); a possessive ends a run.</summary>
internal static class NameChunks
{
    public static readonly FrozenSet<string> Connectors =
        new[] { "of", "for", "and", "the", "&", "de", "du", "des", "la", "le", "del", "on", "y", "et", "für" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Scanner? t_scanner;

    /// <summary>
    /// The runs of <paramref name="text"/>, one per <see cref="Scanner.Next"/>. The scanner is this thread's one scanner,
    /// reset for each call, so that no lists are made per sentence: read the runs of one text before asking for another.
    /// </summary>
    public static Scanner Find(string text)
    {
        var scanner = t_scanner ??= new Scanner();
        scanner.Reset(text);
        return scanner;
    }

    /// <summary>Reads the runs of a text one at a time, resuming where it stopped.</summary>
    internal sealed class Scanner
    {
        private List<string> _words = [];
        private List<string> _spare = []; // the caller reads one list while the next run is gathered in the other
        private string _text = string.Empty;
        private int _from;
        private int _at = -1;
        private int _length;
        private bool _gapChecked;
        private bool _done;
        private int _start = -1;
        private int _lastEnd = -1;
        private int _pendingConnectors;

        public void Reset(string text)
        {
            _words.Clear();
            _text = text;
            _from = 0;
            _at = -1;
            _gapChecked = false;
            _done = false;
            _start = -1;
            _lastEnd = -1;
            _pendingConnectors = 0;
        }

        /// <summary>The next run, or false when there is none left.</summary>
        public bool Next(out Chunk chunk)
        {
            var text = _text;
            while (!_done)
            {
                if (_at < 0)
                {
                    _at = NextWord(text, _from, out _length);
                    _gapChecked = false;
                    if (_at < 0)
                    {
                        _done = true;
                        return Close(out chunk);
                    }
                }

                var at = _at;
                var end = at + _length;
                if (!_gapChecked)
                {
                    // A run also ends where the next word does not follow after one or two spaces.
                    _gapChecked = true;
                    var gapOk = _lastEnd >= 0 && IsSpaceGap(text, _lastEnd, at);
                    if (_words.Count > 0 && !gapOk && Close(out chunk))
                    {
                        return true;
                    }
                }

                _at = -1;
                _from = end;
                var word = text.AsSpan(at, end - at);
                var possessive = false;
                if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                    possessive = true;
                }
                else if (end < text.Length && text[end] is '’' or '\'' && word.EndsWith('s'))
                {
                    possessive = true;
                }

                var capital = word.Length > 0 && (char.IsUpper(word[0]) || word is "&");
                if (capital && possessive && PossessiveInName(text, end, word))
                {
                    // "People's Liberation Army", "Foreign Correspondents' Club": the possessive is part of the name.
                    possessive = false;
                    end += end < text.Length && text[end] is '’' or '\'' ? 1 : 0; // "Workers'": the apostrophe too
                    word = text.AsSpan(at, end - at);
                }

                if (capital)
                {
                    if (_words.Count == 0)
                    {
                        _start = at;
                    }

                    _words.Add(WordStrings.Get(word).Raw);
                    _pendingConnectors = 0;
                }
                else if (_words.Count > 0 && ConnectorLookup.TryGetValue(word, out var connector) && _pendingConnectors < 2)
                {
                    _words.Add(connector);
                    _pendingConnectors++;
                }
                else if (Close(out chunk))
                {
                    _lastEnd = end;
                    return true;
                }

                _lastEnd = end;
                if (possessive && _words.Count > 0 && Close(out chunk))
                {
                    return true;
                }
            }

            chunk = default;
            return false;
        }

        private bool Close(out Chunk chunk)
        {
            while (_words.Count > 0 && Connectors.Contains(_words[^1]))
            {
                _words.RemoveAt(_words.Count - 1);
            }

            _pendingConnectors = 0;
            if (_words.Count == 0)
            {
                chunk = default;
                return false;
            }

            chunk = new Chunk(_words, _start, _lastEnd);
            (_words, _spare) = (_spare, _words);
            _words.Clear();
            return true;
        }
    }

    /// <summary>Plural nouns whose possessive begins many names ("People's Party", "Women's League").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectivePossessives =
        new[] { "People", "Peoples", "Women", "Children", "Men", "Workers", "Farmers", "Citizens", "Veterans", "Students", "Journalists", "Correspondents", "Writers" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the possessive <paramref name="word"/> (without its "'s") belongs inside a name: a plural noun of a people
    /// or a trade, followed by a capitalised word.
    /// </summary>
    private static bool PossessiveInName(string text, int end, ReadOnlySpan<char> word)
    {
        if (!CollectivePossessives.Contains(word))
        {
            return false;
        }

        var next = NameRuns.AfterSpaces(text, end < text.Length && text[end] is '’' or '\'' ? end + 1 : end);
        return next > end && next < text.Length && char.IsUpper(text[next]);
    }

    // The methods marked AggressiveOptimization run for every character of the corpus: they are compiled optimised on
    // first use instead of starting slow and being recompiled in the middle of a build, which is often run only once.
    /// <summary>
    /// The next word at or after <paramref name="from"/>, or -1: letters, marks and digits, with apostrophes, full stops,
    /// pluses and hyphens inside ("U.S", "Al-Rashid", "O’Neill"), ending in a letter, mark, digit or plus; a single letter
    /// or digit; or "&amp;".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextWord(string text, int from, out int length)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                length = 1;
                return i;
            }

            if (!WordChars.IsWordChar(c))
            {
                continue;
            }

            var last = -1;
            for (var j = i + 1; j < text.Length && (WordChars.IsWordChar(text[j]) || text[j] is '\'' or '’' or '.' or '+' or '-'); j++)
            {
                if (text[j] == '+' || WordChars.IsWordChar(text[j]))
                {
                    last = j;
                }
            }

            if (last > 0)
            {
                length = last + 1 - i;
                return i;
            }

            if (WordChars.IsLetterOrNumber(c))
            {
                length = 1;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private static bool IsSpaceGap(string text, int from, int to)
    {
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return true;
    }
}
