using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// The matches an expression finds scanning a text from the left, found instead by trying it, anchored with <c>\G</c>,
/// only at the starts a cheap cue allows. Where the cue's starts include every start a match can have, the matches are
/// the same, and an expression with a long list of words in it is not tried at every character of every sentence.
/// </summary>
internal static class CuedMatches
{
    /// <summary>No matches, for when the cue allows no start (never to be changed).</summary>
    public static readonly List<Match> None = [];

    /// <summary>Every match, left to right, not overlapping, as <c>Match</c> and <c>NextMatch</c> would find them.</summary>
    /// <param name="anchored">The expression, starting with <c>\G</c>.</param>
    /// <param name="starts">Where a match may start, ascending, without repeats (<see cref="Ordered"/>).</param>
    public static List<Match> All(Regex anchored, string text, List<int> starts)
    {
        List<Match> matches = [];
        var from = 0;
        foreach (var start in starts)
        {
            if (start < from)
            {
                continue;
            }

            var m = anchored.Match(text, start);
            if (m.Success)
            {
                matches.Add(m);
                from = m.Index + Math.Max(m.Length, 1);
            }
        }

        return matches;
    }

    /// <summary>Sorts <paramref name="starts"/> and drops repeats.</summary>
    public static List<int> Ordered(List<int> starts)
    {
        starts.Sort();
        var kept = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            if (kept == 0 || starts[i] != starts[kept - 1])
            {
                starts[kept++] = starts[i];
            }
        }

        starts.RemoveRange(kept, starts.Count - kept);
        return starts;
    }
}
