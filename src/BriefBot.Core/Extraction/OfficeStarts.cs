using System.Buffers;
using System.Collections.Frozen;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Where an expression of the form <c>(?&lt;![\p{L}\p{M}])(?:office words)[ ]+...</c> can first match: at a capital that
/// follows no letter or mark and starts a word (up to the next space) that is the first word of an office ("Crown" of
/// "Crown Prince"). Found by looking up the few capitalised words of a sentence, which is cheaper than searching for
/// every office word.
/// </summary>
internal sealed class OfficeStarts
{
    // SearchValues rather than IndexOfAnyInRange: that generic method boxes every character until it is optimised.
    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    /// <param name="offices">The offices, as the expression spells them (case counts), each starting with a letter from A to Z.</param>
    public OfficeStarts(IEnumerable<string> offices)
    {
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            if (!char.IsAsciiLetterUpper(office[0]))
            {
                throw new ArgumentException($"'{office}' does not start with a capital from A to Z", nameof(offices));
            }

            firstWords.Add(office.Split(' ')[0]);
        }

        _firstWords = firstWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first place in <paramref name="text"/> where an office followed by a space can start; -1 when there is none.</summary>
    public int First(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Capitals); at >= 0; at = span.Slice(at + 1).IndexOfAny(Capitals) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at > 0 && (char.IsLetter(span[at - 1]) || WordChars.IsMark(span[at - 1])))
            {
                continue;
            }

            var space = span.Slice(at).IndexOf(' ');
            if (space < 0)
            {
                return -1; // an office must be followed by a space
            }

            if (_firstWords.Contains(span.Slice(at, space)))
            {
                return at;
            }
        }

        return -1;
    }
}
