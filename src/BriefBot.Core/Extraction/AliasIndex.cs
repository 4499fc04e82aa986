using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Every name of every entity in a word trie, so that one left-to-right pass over a sentence finds all mentions
/// (longest match first) in time proportional to its length.
/// </summary>
internal sealed class AliasIndex
{
    private readonly Node _root = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    public int MaxDepth { get; private set; }

    /// <summary>Every key added, at its number (<see cref="Target.Number"/>).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Adds a name; a null key marks a phrase that must be skipped (it contains a name but means something else).</summary>
    public void Add(string alias, string? key, AliasMode mode)
    {
        var tokens = Tokenizer.Tokenize(alias);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t.Folded, out var next))
            {
                next = new Node();
                node.Children[t.Folded] = next;
            }

            node = next;
        }

        node.Targets ??= [];
        var raw = tokens.Select(t => t.Raw).ToArray();
        if (!node.Targets.Any(x => x.Key == key && x.Mode == mode && x.Raw.SequenceEqual(raw)))
        {
            node.Targets.Add(new Target(key, Number(key), mode, raw));
        }

        MaxDepth = Math.Max(MaxDepth, tokens.Count);
    }

    /// <summary>Finds mentions, added to <paramref name="found"/>: (first word, the targets that match there: a list no one may change).</summary>
    public void Scan(SentenceWords words, List<(int Word, List<Target> Targets)> found)
    {
        var i = 0;
        while (i < words.Count)
        {
            var node = _root;
            var bestLength = 0;
            List<Target>? best = null;
            for (var j = i; j < words.Count && node.Children is not null; j++)
            {
                if (!node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words.Folded(j), out var next))
                {
                    break;
                }

                node = next;
                if (node.Targets is null)
                {
                    continue;
                }

                if (Matching(node.Targets, words, i, j - i + 1) is { } valid)
                {
                    best = valid;
                    bestLength = j - i + 1;
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            found.Add((i, best));
            i += bestLength;
        }
    }

    /// <summary>The targets that match here, or null; the node's own list (no copy) when all of them do, as they mostly do.</summary>
    private static List<Target>? Matching(List<Target> targets, SentenceWords words, int start, int length)
    {
        var all = true;
        foreach (var target in targets)
        {
            if (!Matches(target, words, start, length))
            {
                all = false;
                break;
            }
        }

        if (all)
        {
            return targets;
        }

        List<Target>? valid = null;
        foreach (var target in targets)
        {
            if (Matches(target, words, start, length))
            {
                (valid ??= []).Add(target);
            }
        }

        return valid;
    }

    private static bool Matches(Target target, SentenceWords words, int start, int length)
    {
        switch (target.Mode)
        {
            case AliasMode.Folded:
                return true;
            case AliasMode.Capitalised or AliasMode.Surname:
                return words.IsCapitalised(start);
            case AliasMode.Exact:
                for (var k = 0; k < length; k++)
                {
                    if (!words.Raw(start + k).SequenceEqual(target.Raw[k]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private int Number(string? key)
    {
        if (key is null)
        {
            return -1;
        }

        if (!_numbers.TryGetValue(key, out var number))
        {
            _numbers[key] = number = _keys.Count;
            _keys.Add(key);
        }

        return number;
    }

    /// <param name="Number">The key's place in <see cref="Keys"/>; -1 when there is no key.</param>
    internal sealed record Target(string? Key, int Number, AliasMode Mode, string[] Raw);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<Target>? Targets { get; set; }
    }

    /// <summary>How a name should be matched: acronyms exactly, single words capitalised, longer names in any case.</summary>
    public static AliasMode ModeFor(string alias, bool concept = false)
    {
        if (concept)
        {
            return AliasMode.Folded;
        }

        var letters = alias.Where(char.IsLetter).ToList();
        if (letters.Count > 0 && letters.All(char.IsUpper))
        {
            return AliasMode.Exact;
        }

        return Tokenizer.Tokenize(alias).Count == 1 ? AliasMode.Capitalised : AliasMode.Folded;
    }
}
