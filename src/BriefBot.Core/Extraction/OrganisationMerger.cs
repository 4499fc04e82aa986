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

        // An acronym seen only as the first word of a longer name ("KLM Asset Management") is no organisation of its own.
        var standalone = hits.Where(h => !h.InName).Select(h => h.Name).ToHashSet(StringComparer.Ordinal);

        // Named organisations first (with their acronyms), acronyms alone after, each in the order sighted.
        foreach (var hit in hits.Where(h => !IsAcronym(h.Name)).Concat(hits.Where(h => IsAcronym(h.Name))))
        {
            var folded = keys.Of(hit.Name);
            if (personKeys.Contains(folded) || hit.InName && !standalone.Contains(hit.Name) && !byAcronym.ContainsKey(hit.Name))
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

        JoinAcronymsByInitials(byKey, byAcronym, keys);
        return byKey.Values.Distinct().ToList();
    }

    /// <summary>
    /// An acronym used alone joins the organisation whose name it abbreviates, named in any article ("ECOWAS" and
    /// "Economic Community of West African States" without brackets): the one organisation whose initials fit, or of
    /// several, the one seen in most of the acronym's articles.
    /// </summary>
    private static void JoinAcronymsByInitials(Dictionary<string, Candidate> byKey, Dictionary<string, Candidate> byAcronym, FoldedKeys keys)
    {
        var named = new Dictionary<char, List<(string Name, Candidate Owner)>>();
        foreach (var candidate in byKey.Values.Distinct())
        {
            foreach (var name in candidate.Names.Keys)
            {
                if (name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0]))
                {
                    var first = char.ToUpperInvariant(name[0]);
                    if (!named.TryGetValue(first, out var list))
                    {
                        named[first] = list = [];
                    }

                    list.Add((name, candidate));
                }
            }
        }

        foreach (var lonely in byKey.Values.Distinct().ToList())
        {
            var acronym = lonely.Names.Count == 1 ? lonely.Names.Keys.First() : null;
            if (acronym is null || !IsAcronymOnly(acronym) || acronym.Length < 2 || byAcronym.ContainsKey(acronym) ||
                !named.TryGetValue(acronym[0], out var names))
            {
                continue;
            }

            var owners = names.Where(n => n.Owner != lonely && AcronymFit.Fits(acronym, n.Name)).Select(n => n.Owner).Distinct().ToList();
            var articles = lonely.Seen.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
            var owner = owners.Count == 1 ? owners[0]
                : owners.Select(o => (Owner: o, Shared: o.Seen.Select(m => m.ArticleId).Distinct().Count(articles.Contains)))
                    .OrderByDescending(x => x.Shared).ToList() is [var best, var next, ..] && best.Shared > next.Shared ? best.Owner : null;
            if (owner is null)
            {
                continue;
            }

            owner.Aliases[acronym] = AliasMode.Exact;
            owner.Seen.AddRange(lonely.Seen);
            byAcronym[acronym] = owner;
            byKey.Remove("org:" + keys.Of(acronym));
        }
    }

    private static bool IsAcronymOnly(string name) => !name.Contains(' ', StringComparison.Ordinal) && name.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"ACR" of "ACR University": an acronym and an organisation head word, nothing else; otherwise null.</summary>
    private static string? AcronymPrefix(string name)
    {
        var words = name.Split(' ');
        return words.Length == 2 && IsAcronymOnly(words[0]) && Lexicon.Words.OrgHeads.Contains(words[1]) ? words[0] : null;
    }
}
