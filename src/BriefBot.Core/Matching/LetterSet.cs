using System.Numerics;

namespace BriefBot.Core.Matching;

/// <summary>
/// The letters of a name as the bits of a number, for a quick test that two names cannot be within a few typos: each
/// typo (a letter added, dropped or changed, two swapped) adds at most one letter that the other name lacks, on each side,
/// so names that differ in more letters than typos allowed are further apart and need no edit distance.
/// </summary>
internal static class LetterSet
{
    /// <summary>a–z, 0–9 and the space have a bit each; any other character shares one of the rest, which only lets more names through.</summary>
    public static ulong Of(string text)
    {
        var set = 0UL;
        foreach (var c in text)
        {
            var bit = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26 + (c - '0'),
                ' ' => 36,
                _ => 37 + (c % 27),
            };
            set |= 1UL << bit;
        }

        return set;
    }

    public static bool MayBeWithin(ulong a, ulong b, int typos) =>
        BitOperations.PopCount(a & ~b) <= typos && BitOperations.PopCount(b & ~a) <= typos;
}
