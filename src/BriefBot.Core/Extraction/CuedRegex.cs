using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A finder's regular expression declared together with its cue: a cheap test that is true whenever the expression could
/// match, so the expression is skipped only where it cannot find anything. Declared as a static field of a finder, it is
/// found by the test that runs every expression with and without its cue over the corpora.
/// </summary>
internal sealed class CuedRegex(Regex expression, Func<string, bool> mayMatch)
{
    /// <summary>The expression, scanning from the left.</summary>
    public Regex Expression { get; } = expression;

    /// <summary>The cue: false only where <see cref="Expression"/> cannot match.</summary>
    public bool MayMatch(string text) => mayMatch(text);

    /// <summary>The first match, or <see cref="Match.Empty"/> where the cue rules out any.</summary>
    public Match Match(string text) => mayMatch(text) ? Expression.Match(text) : System.Text.RegularExpressions.Match.Empty;
}

/// <summary>
/// A finder's regular expression, anchored with <c>\G</c>, declared together with the cue giving every place a match may
/// start (<see cref="CuedMatches"/>); null where none may.
/// </summary>
internal sealed class CuedStarts(Regex anchored, Func<string, List<int>?> starts)
{
    /// <summary>The expression, starting with <c>\G</c>.</summary>
    public Regex Anchored { get; } = anchored;

    /// <summary>Where a match may start, ascending, without repeats; null where none may.</summary>
    public List<int>? Starts(string text) => starts(text);

    /// <summary>Every match, left to right, not overlapping, tried only at the cue's starts.</summary>
    public List<Match> Matches(string text) => starts(text) is { } s ? CuedMatches.All(Anchored, text, s) : CuedMatches.None;
}
