using System.Collections.Frozen;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>A state with every name that refers to it.</summary>
internal sealed record Country(string Name, IReadOnlyList<string> OtherNames, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals)
{
    public IEnumerable<string> AllNames => new[] { Name }.Concat(OtherNames).Concat(Demonyms).Concat(Capitals);
}

/// <summary>The countries of <see cref="CountryData"/>, looked up by any of their names (folded).</summary>
internal static class Gazetteer
{
    public static IReadOnlyList<Country> Countries { get; } = Parse();

    private static readonly FrozenDictionary<string, Country> ByKey = BuildIndex();

    private static readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByKeySpan = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Country? Find(string name) => Find(name.AsSpan(), name);

    /// <summary><see cref="Find(string)"/> for a piece of text, copied only when it is not plain ASCII.</summary>
    public static Country? Find(ReadOnlySpan<char> name) => Find(name, null);

    private static Country? Find(ReadOnlySpan<char> name, string? whole)
    {
        Span<char> key = stackalloc char[AsciiKey.BufferFor(name.Length)];
        if (AsciiKey.TryWrite(name, key, out var written))
        {
            return ByKeySpan.TryGetValue(key[..written], out var country) ? country : null;
        }

        return ByKey.GetValueOrDefault(Folding.Key(whole ?? name.ToString()));
    }

    public static bool IsStateName(string name) => Find(name) is not null;

    public static bool IsStateName(ReadOnlySpan<char> name) => Find(name) is not null;

    private static List<Country> Parse()
    {
        var list = new List<Country>();
        foreach (var line in CountryData.Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('|');
            static string[] Items(string s) => s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            list.Add(new Country(f[0].Trim(), Items(f[1]), Items(f[2]), f.Length > 3 ? Items(f[3]) : []));
        }

        return list;
    }

    private static FrozenDictionary<string, Country> BuildIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var c in Countries)
        {
            foreach (var name in c.AllNames)
            {
                index.TryAdd(Folding.Key(name), c);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
