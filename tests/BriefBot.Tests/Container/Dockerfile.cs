using System.Text.RegularExpressions;

namespace BriefBot.Tests.Container;

/// <summary>The Dockerfile's instructions, read as Docker reads them: continuation lines joined, comments dropped.</summary>
internal sealed partial class Dockerfile
{
    public Dockerfile(string text)
    {
        var joined = ContinuationRegex().Replace(text, " ");
        Instructions = joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1] : string.Empty))
            .ToList();
    }

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    public IEnumerable<string> All(string keyword) => Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>Source paths of every COPY that takes them from the build context (not --from another stage).</summary>
    public IEnumerable<string> CopiedFromContext() => All("COPY")
        .Where(a => !a.StartsWith("--from", StringComparison.Ordinal))
        .SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1));

    /// <summary>ENV KEY=VALUE pairs (quotes removed).</summary>
    public IReadOnlyDictionary<string, string> Environment() => All("ENV")
        .SelectMany(a => EnvPairRegex().Matches(a))
        .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim('"'), StringComparer.Ordinal);

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex("(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\"[^\"]*\"|\\S+)")]
    private static partial Regex EnvPairRegex();
}
