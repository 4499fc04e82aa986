using System.Text;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// The words that follow a name, as <see cref="Apposition"/> reads them: split on spaces, bracketed text left out,
/// quotes trimmed, trailing punctuation and a possessive "'s" noted. Read lazily, because the reader usually stops
/// after a few words and the rest of the sentence need not be split at all.
/// </summary>
internal sealed class RoleWords
{
    private const string OuterTrim = "“”\"‘()[]";
    private const string InnerTrim = "“”\"‘’";

    [ThreadStatic]
    private static RoleWords? t_reader;

    private readonly List<Word> _words = new(8);
    private char[] _part = new char[32];
    private readonly StringBuilder _joined = new(64);
    private string _text = string.Empty;
    private bool _stopAtDash;
    private int _start;
    private int _at;
    private int _depth;

    private RoleWords()
    {
    }

    internal readonly record struct Word(string Core, char Trail, bool Possessive);

    /// <summary>
    /// The words of <paramref name="text"/> from <paramref name="start"/> on. The reader is this thread's one reader,
    /// reset for each call (readers are asked for one at a time and many times a sentence): use it before asking again.
    /// </summary>
    public static RoleWords Read(string text, int start, bool stopAtDash)
    {
        var reader = t_reader ??= new RoleWords();
        reader._words.Clear();
        reader._text = text;
        reader._stopAtDash = stopAtDash;
        reader._start = reader._at = start;
        reader._depth = 0;
        return reader;
    }

    public Word this[int i] => Has(i) ? _words[i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The cores of the words from <paramref name="from"/> up to <paramref name="to"/>, joined by spaces (all read already).</summary>
    /// <param name="commas">Keep the commas between them ("on trade, energy and defence").</param>
    public string Join(int from, int to, bool commas = false)
    {
        if (to - from == 1)
        {
            return _words[from].Core;
        }

        _joined.Clear();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                _joined.Append(' ');
            }

            _joined.Append(_words[i].Core);
            if (commas && i + 1 < to && _words[i].Trail == ',')
            {
                _joined.Append(',');
            }
        }

        return _joined.ToString();
    }

    /// <summary>True when there is a word at <paramref name="i"/> (read up to one word past it, which may still add its trailing punctuation).</summary>
    public bool Has(int i)
    {
        while (_words.Count <= i + 1 && _at < _text.Length)
        {
            ReadPart();
        }

        return i < _words.Count;
    }

    /// <summary>Reads up to the next space, leaving out brackets and their contents; a dash after a space ends the text when asked.</summary>
    private void ReadPart()
    {
        var text = _text;
        var length = 0;
        while (_at < text.Length)
        {
            var i = _at++;
            var c = text[i];
            if (c == '(')
            {
                _depth++;
                continue;
            }

            if (c == ')')
            {
                _depth = Math.Max(0, _depth - 1);
                continue;
            }

            if (_depth > 0)
            {
                continue;
            }

            if (_stopAtDash && c is '–' or '—' && i > _start && char.IsWhiteSpace(text[i - 1]))
            {
                _at = text.Length;
                break;
            }

            if (c == ' ')
            {
                if (length > 0)
                {
                    break;
                }

                continue;
            }

            if (length == _part.Length)
            {
                Array.Resize(ref _part, _part.Length * 2);
            }

            _part[length++] = c;
        }

        if (length > 0)
        {
            Add(_part.AsSpan(0, length));
        }
    }

    private void Add(ReadOnlySpan<char> part)
    {
        var core = part.Trim(OuterTrim.AsSpan());
        var trail = '\0';
        while (core.Length > 0 && core[^1] is ',' or ';' or ':' or '.' or '!' or '?')
        {
            trail = trail == '\0' ? core[^1] : trail;
            core = core[..^1];
        }

        core = core.Trim(InnerTrim.AsSpan());
        var possessive = false;
        if (core.EndsWith("’s", StringComparison.Ordinal) || core.EndsWith("'s", StringComparison.Ordinal))
        {
            core = core[..^2];
            possessive = true;
        }
        else if (part.EndsWith("s’", StringComparison.Ordinal) || part.EndsWith("s'", StringComparison.Ordinal))
        {
            possessive = true;
        }

        if (core.Length > 0)
        {
            _words.Add(new Word(WordStrings.Get(core).Raw, trail, possessive));
        }
        else if (trail != '\0' && _words.Count > 0 && _words[^1].Trail == '\0')
        {
            _words[^1] = _words[^1] with { Trail = trail };
        }
    }
}
