using System.Buffers;

namespace BriefBot.Core.Matching;

/// <summary>
/// The letter trigrams of a list of names, indexed by trigram, so that a query is scored (Dice's coefficient over the
/// distinct trigrams of the name padded with two spaces before and one after) against the names that share at least one
/// trigram with it instead of against every name.
/// </summary>
internal sealed class TrigramIndex
{
    private readonly int[] _sizes;
    private readonly Dictionary<long, List<int>> _postings = [];

    public TrigramIndex(IReadOnlyList<string> names)
    {
        _sizes = new int[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var grams = Trigrams(names[n]);
            _sizes[n] = grams.Count;
            foreach (var gram in grams)
            {
                if (!_postings.TryGetValue(gram, out var list))
                {
                    _postings[gram] = list = [];
                }

                list.Add(n);
            }
        }
    }

    /// <summary>Every name scoring above <paramref name="threshold"/> against <paramref name="text"/>, in the names' order.</summary>
    public List<(int Name, double Score)> Similar(string text, double threshold)
    {
        var grams = Trigrams(text);
        var shared = ArrayPool<int>.Shared.Rent(_sizes.Length);
        Array.Clear(shared, 0, _sizes.Length);
        var touched = new List<int>();
        try
        {
            foreach (var gram in grams)
            {
                if (!_postings.TryGetValue(gram, out var names))
                {
                    continue;
                }

                foreach (var name in names)
                {
                    if (shared[name]++ == 0)
                    {
                        touched.Add(name);
                    }
                }
            }

            touched.Sort();
            var similar = new List<(int Name, double Score)>();
            foreach (var name in touched)
            {
                var score = 2.0 * shared[name] / (grams.Count + _sizes[name]);
                if (score > threshold)
                {
                    similar.Add((name, score));
                }

                shared[name] = 0;
            }

            return similar;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    /// <summary>Distinct trigrams, three UTF-16 units packed in a long.</summary>
    private static HashSet<long> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<long>();
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2]);
        }

        return grams;
    }
}
