using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Merges organisation sightings: one organisation per name, its acronym as an alias; an acronym used alone joins the
/// organisation it abbreviates, and "ACR University" joins the organisation known as ACR.
/// </summary>
internal static class OrganisationMerger
{
    public static List<Candidate> Merge(IReadOnlyList<OrgHit> hits, IReadOnlySet<string> personKeys)
    {
        var byKey = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byAcronym = new Dictionary<string, Candidate>(StringComparer.Ordinal);

        var keys = new FoldedKeys();
        var acronymOnly = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsAcronym(string name) => acronymOnly.TryGetValue(name, out var known) ? known : acronymOnly[name] = IsAcronymOnly(name);

        var prefixes = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Prefix(string name) => prefixes.TryGetValue(name, out var known) ? known : prefixes[name] = AcronymPrefix(name);

        // Named organisations first (with their acronyms), acronyms alone after, each in the order sighted.
        foreach (var hit in hits.Where(h => !IsAcronym(h.Name)).Concat(hits.Where(h => IsAcronym(h.Name))))
        {
            var folded = keys.Of(hit.Name);
            if (personKeys.Contains(folded))
            {
                continue;
            }

            var key = "org:" + folded;
            Candidate? candidate;
            if (IsAcronym(hit.Name) && byAcronym.TryGetValue(hit.Name, out var owner))
            {
                candidate = owner;
            }
            else if (Prefix(hit.Name) is { } prefix && byAcronym.TryGetValue(prefix, out var prefixOwner))
            {
                candidate = prefixOwner;
                candidate.Aliases[hit.Name] = AliasMode.Folded;
            }
            else
            {
                if (!byKey.TryGetValue(key, out candidate))
                {
                    candidate = new Candidate(key, EntityKind.Actor, ActorKind.Organisation);
                    byKey[key] = candidate;
                }

                candidate.AddName(hit.Name);
            }

            if (hit.Acronym is { } acronym)
            {
                candidate.Aliases[acronym] = AliasMode.Exact;
                if (!byAcronym.ContainsKey(acronym))
                {
                    byAcronym[acronym] = candidate;
                }

                // An organisation first met by its acronym alone joins the full name.
                var acronymKey = "org:" + keys.Of(acronym);
                if (byKey.TryGetValue(acronymKey, out var lonely) && lonely != candidate)
                {
                    candidate.Seen.AddRange(lonely.Seen);
                    byKey.Remove(acronymKey);
                }
            }

            var s = hit.Where;
            candidate.Seen.Add(new Mention(s.Paragraph.Article.Id, s.Paragraph.Index, s.Index));
        }

        return byKey.Values.Distinct().ToList();
    }

    private static bool IsAcronymOnly(string name) => !name.Contains(' ', StringComparison.Ordinal) && name.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"ACR" of "ACR University": an acronym and an organisation head word, nothing else; otherwise null.</summary>
    private static string? AcronymPrefix(string name)
    {
        var words = name.Split(' ');
        return words.Length == 2 && IsAcronymOnly(words[0]) && Lexicon.Words.OrgHeads.Contains(words[1]) ? words[0] : null;
    }
}
