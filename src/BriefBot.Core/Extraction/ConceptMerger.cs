using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Merges concept sightings by folded term. A single quoted word only counts as a term when it is introduced as one
/// or quoted more than once; another name given in brackets becomes an alias; the best definition wins. A term that
/// names a state, person or organisation is not a concept (<see cref="WithoutNames"/>).
/// </summary>
internal static class ConceptMerger
{
    /// <summary>The concepts, before those that name something else are dropped: that needs only the other entities' keys, so it can run beside their merges.</summary>
    public static List<Candidate> Merge(IReadOnlyList<ConceptHit> hits)
    {
        var byKey = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var quotedCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var markedNames = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var known = new Dictionary<string, KnownUse>(StringComparer.Ordinal);

        foreach (var hit in hits.Where(h => h.AliasOf is null))
        {
            var key = "concept:" + Folding.Key(hit.Term);
            if (!byKey.TryGetValue(key, out var candidate))
            {
                candidate = new Candidate(key, EntityKind.Concept, null);
                byKey[key] = candidate;
            }

            candidate.AddName(hit.Term);
            if (hit.Marked)
            {
                marked.Add(key);
                if (!markedNames.TryGetValue(key, out var names))
                {
                    markedNames[key] = names = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                names[hit.Term] = names.GetValueOrDefault(hit.Term) + 1;
            }

            if (hit.Quoted)
            {
                quotedCount[key] = quotedCount.GetValueOrDefault(key) + 1;
            }

            if (hit.Known != TermWeight.None)
            {
                known[key] = known.GetValueOrDefault(key).With(hit);
            }

            if (hit.Definition is { } d)
            {
                candidate.Definitions.Add(d);
            }

            var s = hit.Where;
            candidate.Seen.Add(new Mention(s.Paragraph.Article.Id, s.Paragraph.Index, s.Index));
        }

        // "“new X” (which I refer to as the “Neo-X”)": the first is another name of the second.
        foreach (var hit in hits.Where(h => h.AliasOf is not null))
        {
            var aliasKey = "concept:" + Folding.Key(hit.Term);
            var targetKey = "concept:" + Folding.Key(hit.AliasOf!);
            if (aliasKey == targetKey || !byKey.TryGetValue(targetKey, out var target))
            {
                continue;
            }

            target.Aliases[hit.Term] = AliasMode.Folded;
            marked.Add(targetKey);
            if (byKey.Remove(aliasKey, out var alias))
            {
                foreach (var name in alias.Names.Keys)
                {
                    target.Aliases[name] = AliasMode.Folded;
                }

                target.Definitions.AddRange(alias.Definitions);
                target.Seen.AddRange(alias.Seen);
            }
        }

        var result = new List<Candidate>();
        foreach (var (key, candidate) in byKey)
        {
            var term = key["concept:".Length..];
            var single = !term.Contains(' ', StringComparison.Ordinal);
            var use = known.GetValueOrDefault(key);
            if (single && !marked.Contains(key) && quotedCount.GetValueOrDefault(key) < 2 && !use.Counts)
            {
                continue;
            }

            if (use.OnlyCommon && !marked.Contains(key) && quotedCount.GetValueOrDefault(key) < 2 && !use.Counts)
            {
                continue; // a word like "sanctions" only mentioned in passing
            }

            if (markedNames.TryGetValue(key, out var preferred))
            {
                // Show the term as it was introduced.
                var best = preferred.OrderByDescending(kv => kv.Value).First().Key;
                candidate.AddName(best, 1000);
            }

            result.Add(candidate);
        }

        return result;
    }

    /// <summary>
    /// How a known term was used: a distinctive one counts wherever it is used; a common word ("sovereignty") only when one
    /// article uses it in <see cref="CommonUses"/> sentences or more.
    /// </summary>
    private readonly record struct KnownUse(bool Distinctive, string? Article, int InArticle, int Most)
    {
        private const int CommonUses = 3;

        public bool Counts => Distinctive || Most >= CommonUses;

        public bool OnlyCommon => !Distinctive && Most > 0;

        public KnownUse With(ConceptHit hit)
        {
            var article = hit.Where.Paragraph.Article.Id;
            var inArticle = string.Equals(article, Article, StringComparison.Ordinal) ? InArticle + 1 : 1;
            return new KnownUse(Distinctive || hit.Known == TermWeight.Distinctive, article, inArticle, Math.Max(Most, inArticle));
        }
    }

    /// <summary>The concepts whose term is not a state's name nor the key of a person or organisation in <paramref name="otherKeys"/>.</summary>
    public static List<Candidate> WithoutNames(List<Candidate> concepts, IReadOnlySet<string> otherKeys) =>
        concepts.FindAll(c => c.Key["concept:".Length..] is var term &&
            !(otherKeys.Contains(term) || otherKeys.Contains("org:" + term) || Lexicon.Gazetteer.IsStateName(term)));
}
