using System.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// The words that follow a name, as <see cref="Apposition"/> reads them: split on spaces, bracketed text left out,
/// quotes trimmed, trailing punctuation and a possessive "'s" noted. Read lazily, because the reader usually stops
/// after a few words and the rest of the sentence need not be split at all.
/// </summary>
internal sealed class RoleWords(string text, int start, bool stopAtDash)
{
    private readonly List<Word> _words = new(8);
    private readonly StringBuilder _part = new(32);
    private readonly int _start = start;
    private int _at = start;
    private int _depth;

    internal readonly record struct Word(string Core, char Trail, bool Possessive);

    public Word this[int i] => Has(i) ? _words[i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>True when there is a word at <paramref name="i"/> (read up to one word past it, which may still add its trailing punctuation).</summary>
    public bool Has(int i)
    {
        while (_words.Count <= i + 1 && _at < text.Length)
        {
            ReadPart();
        }

        return i < _words.Count;
    }

    /// <summary>Reads up to the next space, leaving out brackets and their contents; a dash after a space ends the text when asked.</summary>
    private void ReadPart()
    {
        _part.Clear();
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

            if (stopAtDash && c is '–' or '—' && i > _start && char.IsWhiteSpace(text[i - 1]))
            {
                _at = text.Length;
                break;
            }

            if (c == ' ')
            {
                if (_part.Length > 0)
                {
                    break;
                }

                continue;
            }

            _part.Append(c);
        }

        if (_part.Length > 0)
        {
            Add(_part.ToString());
        }
    }

    private void Add(string part)
    {
        var core = part.Trim('“', '”', '"', '‘', '(', ')', '[', ']');
        var trail = '\0';
        while (core.Length > 0 && core[^1] is ',' or ';' or ':' or '.' or '!' or '?')
        {
            trail = trail == '\0' ? core[^1] : trail;
            core = core[..^1];
        }

        core = core.Trim('“', '”', '"', '‘', '’');
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
            _words.Add(new Word(core, trail, possessive));
        }
        else if (trail != '\0' && _words.Count > 0 && _words[^1].Trail == '\0')
        {
            _words[^1] = _words[^1] with { Trail = trail };
        }
    }
}
