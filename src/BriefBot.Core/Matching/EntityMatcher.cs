using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Matching;

/// <summary>
/// Finds entities by what people type: names and aliases folded for case, accents, quotes and hyphens,
/// a surname or any part of a name, and small typos. Built once per snapshot.
/// </summary>
public sealed class EntityMatcher
{
    private const int MaxSuggestions = 5;

    private readonly IReadOnlyList<Entity> _entities;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly List<(string Key, int Entity)> _keys = [];
    private readonly ulong[] _keyLetters; // each key's LetterSet, in the keys' order

    // Words of names, four letters or more, for a one-word query misspelling one word of a longer name.
    private readonly (string Word, ulong Letters, List<int> Entities)[] _words;
    private readonly TrigramIndex _trigrams;

    public EntityMatcher(IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var name in entities[i].Aliases.Prepend(entities[i].Name))
            {
                var folded = TextFolding.Fold(name);
                if (folded.Length == 0)
                {
                    continue;
                }

                AddUnique(_byKey, folded, i);
                AddUnique(_byKey, TextFolding.Squash(folded), i);
                _keys.Add((folded, i));
                foreach (var word in TextFolding.Words(folded))
                {
                    AddUnique(_byWord, word, i);
                }
            }
        }

        _keyLetters = [.. _keys.Select(k => LetterSet.Of(k.Key))];
        _words = [.. _byWord.Where(w => w.Key.Length >= 4).Select(w => (w.Key, LetterSet.Of(w.Key), w.Value))];
        _trigrams = new TrigramIndex(_keys.ConvertAll(k => k.Key));
    }

    public MatchResult Match(string query, EntityKind? kind)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = TextFolding.Fold(query);
        if (folded.Length == 0)
        {
            return new MatchResult(MatchOutcome.NotFound, []);
        }

        // Names near the typed one are worked out once, for the kind asked and then for any kind.
        List<(int Entity, int Distance, bool Whole)>? near = null;
        List<(int Entity, int Distance, bool Whole)> Near() => near ??= NearSpellings(folded);
        return MatchWithin(folded, kind, Near) ?? (kind is null ? null : MatchWithin(folded, null, Near))
            ?? new MatchResult(MatchOutcome.NotFound, Suggest(folded, kind));
    }

    /// <summary>Names that start with (then contain) what was typed, most mentioned first: for autocomplete.</summary>
    public IReadOnlyList<Entity> Complete(string prefix, EntityKind? kind, int max)
    {
        var folded = TextFolding.Fold(prefix ?? string.Empty);
        return _keys
            .Where(k => Fits(k.Entity, kind))
            .Select(k => (k.Entity, Rank: folded.Length == 0 || k.Key.StartsWith(folded, StringComparison.Ordinal) ? 0
                : k.Key.Contains(folded, StringComparison.Ordinal) ? 1 : 2))
            .Where(x => x.Rank < 2)
            .GroupBy(x => x.Entity)
            .Select(g => (Entity: _entities[g.Key], Rank: g.Min(x => x.Rank)))
            .OrderBy(x => x.Rank)
            .ThenByDescending(x => x.Entity.Mentions.Count)
            .ThenBy(x => x.Entity.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Entity)
            .ToList();
    }

    private MatchResult? MatchWithin(string folded, EntityKind? kind, Func<List<(int Entity, int Distance, bool Whole)>> near)
    {
        var exactHits = Lookup(_byKey, folded, kind).Concat(Lookup(_byKey, TextFolding.Squash(folded), kind)).Distinct().ToList();
        var byName = exactHits.Where(i => TextFolding.Fold(_entities[i].Name) == folded).ToList();
        if (Decide(byName.Count > 0 ? byName : exactHits, corrected: false) is { } exact)
        {
            return exact;
        }

        if (Decide(ByWords(folded, kind), corrected: false) is { } partial)
        {
            return partial;
        }

        return Decide(ByTypos(near(), kind), corrected: true);
    }

    private MatchResult? Decide(IEnumerable<int> hits, bool corrected)
    {
        var distinct = hits.Distinct().Select(i => _entities[i]).ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => new MatchResult(MatchOutcome.Found, distinct, corrected),
            _ => new MatchResult(MatchOutcome.Ambiguous, Prominent(distinct).ToList(), corrected),
        };
    }

    /// <summary>Entities whose name or alias holds every word typed ("Solberg", "diplomacy").</summary>
    private IEnumerable<int> ByWords(string folded, EntityKind? kind)
    {
        var words = TextFolding.Words(folded);
        HashSet<int>? common = null;
        foreach (var word in words)
        {
            var hits = Lookup(_byWord, word, kind).ToHashSet();
            if (common is null)
            {
                common = hits;
            }
            else
            {
                common.IntersectWith(hits);
            }
        }

        return common ?? [];
    }

    /// <summary>
    /// The entities of this kind nearest in spelling (<see cref="NearSpellings"/>), all at the smallest distance. A whole
    /// name that near is closer than a word inside a longer name at the same distance ("norwya" is Norway, not an
    /// organisation with Norway in its name).
    /// </summary>
    private List<int> ByTypos(List<(int Entity, int Distance, bool Whole)> near, EntityKind? kind)
    {
        var best = int.MaxValue;
        var hits = new List<int>();
        foreach (var (entity, distance, whole) in near)
        {
            if (!Fits(entity, kind))
            {
                continue;
            }

            var closeness = distance * 2 + (whole ? 0 : 1);
            if (closeness < best)
            {
                best = closeness;
                hits.Clear();
            }

            if (closeness == best)
            {
                hits.Add(entity);
            }
        }

        return hits;
    }

    /// <summary>
    /// Entities one or two typos away (by the length typed), as a whole name or, for one typed word, as one of its words;
    /// with the distance, in the order of the names and then of the words.
    /// </summary>
    private List<(int Entity, int Distance, bool Whole)> NearSpellings(string folded)
    {
        var near = new List<(int Entity, int Distance, bool Whole)>();
        var allowance = EditDistance.Allowance(folded.Length);
        if (allowance == 0)
        {
            return near;
        }

        var letters = LetterSet.Of(folded);
        for (var k = 0; k < _keys.Count; k++)
        {
            var (key, entity) = _keys[k];
            if (LetterSet.MayBeWithin(letters, _keyLetters[k], allowance) && EditDistance.Bounded(folded, key, allowance) is var distance && distance <= allowance)
            {
                near.Add((entity, distance, true));
            }
        }

        if (!folded.Contains(' ', StringComparison.Ordinal))
        {
            foreach (var (word, wordLetters, entities) in _words)
            {
                if (LetterSet.MayBeWithin(letters, wordLetters, allowance) && EditDistance.Bounded(folded, word, allowance) is var distance && distance <= allowance)
                {
                    foreach (var entity in entities)
                    {
                        near.Add((entity, distance, false));
                    }
                }
            }
        }

        return near;
    }

    private List<Entity> Suggest(string folded, EntityKind? kind) =>
        _trigrams.Similar(folded, 0.2)
            .Select(x => (_keys[x.Name].Entity, x.Score))
            .Where(x => Fits(x.Entity, kind))
            .GroupBy(x => x.Entity)
            .Select(g => (Entity: _entities[g.Key], Score: g.Max(x => x.Score)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Entity.Mentions.Count)
            .Take(MaxSuggestions)
            .Select(x => x.Entity)
            .ToList();

    private IEnumerable<int> Lookup(Dictionary<string, List<int>> index, string key, EntityKind? kind) =>
        index.TryGetValue(key, out var hits) ? hits.Where(i => Fits(i, kind)) : [];

    private bool Fits(int entity, EntityKind? kind) => kind is null || _entities[entity].Kind == kind;

    private static IEnumerable<Entity> Prominent(IEnumerable<Entity> entities) =>
        entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal);

    private static void AddUnique(Dictionary<string, List<int>> index, string key, int entity)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != entity)
        {
            list.Add(entity);
        }
    }
}
