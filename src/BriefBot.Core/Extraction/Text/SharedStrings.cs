using System.Collections.Concurrent;

namespace BriefBot.Core.Extraction.Text;

/// <summary>One copy of each string handed in, shared by the threads of one extraction.</summary>
internal sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string s) => _strings.GetOrAdd(s, s);

    public string? GetOrNull(string? s) => s is null ? null : Get(s);
}
