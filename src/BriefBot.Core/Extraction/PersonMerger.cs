using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Merges person sightings into people: the same full name across articles is one person, and a surname alone
/// ("Solberg shares ...") is the person of that surname named in full in the same article, or else in the corpus.
/// People in political office become actors of kind leader; everyone else is an expert.
/// </summary>
internal static class PersonMerger
{
    public static List<Candidate> Merge(IReadOnlyList<PersonHit> hits)
    {
        var keys = new FoldedKeys();
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        string SurnameKey(string name) => surnames.TryGetValue(name, out var known) ? known : surnames[name] = keys.Of(LastWord(name));
        var byKey = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var inOffice = new HashSet<string>(StringComparer.Ordinal);
        var expertEvidence = new HashSet<string>(StringComparer.Ordinal);

        // Full names first, so that surnames can find them.
        var fullNamesByArticle = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal); // article → surname key → full key
        var fullNamesAnywhere = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var hit in hits.Where(h => h.Name.Contains(' ', StringComparison.Ordinal)))
        {
            var key = keys.Of(hit.Name);
            var surname = SurnameKey(hit.Name);
            GetOrAdd(fullNamesByArticle, hit.Where.Paragraph.Article.Id)[surname] = key;
            if (!fullNamesAnywhere.TryGetValue(surname, out var set))
            {
                fullNamesAnywhere[surname] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(key);
        }

        foreach (var hit in hits)
        {
            var key = keys.Of(hit.Name);
            var display = hit.Name;
            if (!hit.Name.Contains(' ', StringComparison.Ordinal))
            {
                if (fullNamesByArticle.TryGetValue(hit.Where.Paragraph.Article.Id, out var local) && local.TryGetValue(key, out var full))
                {
                    key = full;
                    display = string.Empty;
                }
                else if (fullNamesAnywhere.TryGetValue(key, out var all) && all.Count == 1)
                {
                    key = all.First();
                    display = string.Empty;
                }
            }

            if (!byKey.TryGetValue(key, out var candidate))
            {
                candidate = new Candidate(key, EntityKind.Expert, null);
                byKey[key] = candidate;
            }

            if (display.Length > 0)
            {
                candidate.AddName(display);
            }

            foreach (var role in hit.Roles)
            {
                candidate.AddRole(role.Role);
                foreach (var org in role.Affiliations)
                {
                    candidate.AddAffiliation(org);
                }

                if (!role.Political)
                {
                    expertEvidence.Add(key);
                }
            }

            if (hit.InOffice)
            {
                inOffice.Add(key);
            }

            var s = hit.Where;
            candidate.Seen.Add(new Mention(s.Paragraph.Article.Id, s.Paragraph.Index, s.Index));
        }

        foreach (var candidate in byKey.Values)
        {
            if (inOffice.Contains(candidate.Key) && !expertEvidence.Contains(candidate.Key))
            {
                candidate.Kind = EntityKind.Actor;
                candidate.ActorKind = Knowledge.ActorKind.Leader;
            }
        }

        return byKey.Values.ToList();
    }

    public static string Surname(string name) => Folding.Key(LastWord(name));

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static Dictionary<string, string> GetOrAdd(Dictionary<string, Dictionary<string, string>> d, string key)
    {
        if (!d.TryGetValue(key, out var v))
        {
            d[key] = v = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return v;
    }
}
