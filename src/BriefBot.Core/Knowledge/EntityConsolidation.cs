using BriefBot.Core.Content;
using BriefBot.Core.Text;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// One pass after extraction, kept apart from the finders so that merges are easy to read and change: concepts that
/// differ only by a modifier naming the same thing ("old X" / "X"), by British and American spelling (programme /
/// program, -ise / -ize, centre / center, labour / labor) or by a plural become one entity, with the other forms as
/// aliases; a modifier that names something else ("new X") keeps them apart. Role and affiliation lists lose the
/// entries that repeat another in a different spelling. Readings that listed a merged concept list the one it joined.
/// </summary>
public static class EntityConsolidation
{
    /// <summary>Leading words that name the same thing as the term without them ("the old Frost Pact" is the Frost Pact).</summary>
    private static readonly HashSet<string> SameThingModifiers = new(StringComparer.Ordinal)
    {
        "old", "traditional", "classic", "classical", "original", "so called", "socalled",
    };

    public static CorpusExtraction Apply(CorpusExtraction extraction, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(articles);
        var order = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            order.TryAdd(articles[i].Id, i);
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var merged = MergeConcepts(extraction.Entities, order, renamed);
        var entities = new List<Entity>(merged.Count);
        foreach (var entity in merged)
        {
            var roles = Distinct(entity.Roles);
            var affiliations = Distinct(entity.Affiliations);
            entities.Add(roles.Count == entity.Roles.Count && affiliations.Count == entity.Affiliations.Count
                ? entity
                : entity with { Roles = roles, Affiliations = affiliations });
        }

        if (renamed.Count == 0)
        {
            return entities.SequenceEqual(extraction.Entities) ? extraction : extraction with { Entities = entities };
        }

        var readings = extraction.Readings.Select(r => r.TopicIds.Any(renamed.ContainsKey)
            ? r with { TopicIds = r.TopicIds.Select(id => renamed.GetValueOrDefault(id, id)).Distinct(StringComparer.Ordinal).ToList() }
            : r).ToList();
        return new CorpusExtraction(entities, readings);
    }

    /// <summary>
    /// The key two spellings of one term share: folded, a same-thing modifier dropped from its start, each word in one
    /// spelling, the last word singular ("the old Frost Pacts" → "frost pact", "Programmes of Centralisation" → "program of centralization").
    /// </summary>
    public static string TermKey(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = TextFolding.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        if (words.Count > 2 && SameThingModifiers.Contains(words[0] + " " + words[1]))
        {
            words.RemoveRange(0, 2);
        }
        else if (words.Count > 1 && SameThingModifiers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = Spelling(words[i]);
        }

        if (words.Count > 0)
        {
            words[^1] = Singular(words[^1]);
        }

        return string.Join(' ', words);
    }

    /// <summary>One spelling of a word: American endings for British ones, as a key only (never shown).</summary>
    private static string Spelling(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }

        if (word is "defence" or "offence" or "licence")
        {
            return word[..^2] + "se";
        }

        if (word.EndsWith("programme", StringComparison.Ordinal) || word.EndsWith("programmes", StringComparison.Ordinal))
        {
            return word.Replace("programme", "program", StringComparison.Ordinal);
        }

        foreach (var (british, american) in new[] { ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("tre", "ter"), ("tres", "ters"), ("our", "or"), ("ours", "ors"), ("ogue", "og"), ("ogues", "ogs") })
        {
            if (word.EndsWith(british, StringComparison.Ordinal) && word.Length > british.Length + 2)
            {
                return word[..^british.Length] + american;
            }
        }

        return word;
    }

    /// <summary>"powers" → "power", "policies" → "policy", "crises" stays (too short a stem to tell), "status" stays.</summary>
    private static string Singular(string word)
    {
        if (word.Length < 4 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private static List<Entity> MergeConcepts(IReadOnlyList<Entity> entities, Dictionary<string, int> order, Dictionary<string, string> renamed)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Kind != EntityKind.Concept)
            {
                continue;
            }

            var key = TermKey(entities[i].Name);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(i);
        }

        var replaced = new Dictionary<int, Entity?>();
        foreach (var members in groups.Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            // The plainest form names it: one without a dropped modifier, then the most mentioned, then the shortest.
            var ranked = members.Select(i => entities[i])
                .OrderBy(e => HasModifier(e.Name) ? 1 : 0)
                .ThenByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Name.Length)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
            var target = ranked[0];
            var aliases = ranked.SelectMany(e => e.Aliases.Prepend(e.Name))
                .Where(a => !string.Equals(a, target.Name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal)
                .ToList();
            var mentions = ranked.SelectMany(e => e.Mentions)
                .Distinct()
                .OrderBy(m => order.GetValueOrDefault(m.ArticleId, int.MaxValue))
                .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
                .ThenBy(m => m.Paragraph)
                .ThenBy(m => m.Sentence)
                .ToList();
            var definition = target.Definition ?? ranked.Select(e => e.Definition).FirstOrDefault(d => d is not null);
            var merged = target with
            {
                Aliases = aliases,
                Mentions = mentions,
                Definition = definition,
                Quotes = ranked.SelectMany(e => e.Quotes).Distinct().ToList(),
            };
            foreach (var i in members)
            {
                replaced[i] = ReferenceEquals(entities[i], target) ? merged : null;
                if (!ReferenceEquals(entities[i], target))
                {
                    renamed[entities[i].Id] = target.Id;
                }
            }
        }

        var result = new List<Entity>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            if (!replaced.TryGetValue(i, out var entity))
            {
                result.Add(entities[i]);
            }
            else if (entity is not null)
            {
                result.Add(entity);
            }
        }

        return result;
    }

    private static bool HasModifier(string name)
    {
        var words = TextFolding.Fold(name).Split(' ');
        return words.Length > 1 && (SameThingModifiers.Contains(words[0]) || words[0] == "the" && SameThingModifiers.Contains(words[1]));
    }

    /// <summary>The list without entries whose <see cref="TermKey"/> an earlier entry has ("program director" after "programme director").</summary>
    private static IReadOnlyList<string> Distinct(IReadOnlyList<string> items)
    {
        if (items.Count < 2)
        {
            return items;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (seen.Add(TermKey(item)))
            {
                kept.Add(item);
            }
        }

        return kept.Count == items.Count ? items : kept;
    }
}
