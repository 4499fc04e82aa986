using System.Buffers;
using System.Text.RegularExpressions;
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

        // The acronyms of meetings and deals ("the Coastal Waters Agreement (CWA)") are not organisations anywhere.
        var notOrganisations = hits.Where(h => h.Rejected).Select(h => h.Name).ToHashSet(StringComparer.Ordinal);

        // Named organisations first (with their acronyms), acronyms alone after, each in the order sighted.
        foreach (var hit in hits.Where(h => !IsAcronym(h.Name)).Concat(hits.Where(h => IsAcronym(h.Name))))
        {
            var folded = keys.Of(hit.Name);
            if (personKeys.Contains(folded) || hit.InName && !standalone.Contains(hit.Name) && !byAcronym.ContainsKey(hit.Name) ||
                notOrganisations.Contains(hit.Name))
            {
                continue;
            }

            var key = OrgKey(folded);
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
                var acronymKey = OrgKey(keys.Of(acronym));
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
        var named = new Dictionary<char, List<(string Name, string Initials, Candidate Owner)>>();
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

                    list.Add((name, AcronymFit.Initials(name), candidate));
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

            var articles = lonely.Seen.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
            var owners = names.Where(n => n.Owner != lonely && AcronymFit.MayFit(acronym, n.Initials) && AcronymFit.Fits(acronym, n.Name))
                .Select(n => (n.Owner, Strict: AcronymFit.FitsByInitials(acronym, n.Name), Long: AcronymFit.ContentWords(n.Name) >= 4))
                .GroupBy(x => x.Owner)
                .Select(g => (Owner: g.Key, Strict: g.Any(x => x.Strict), Long: g.Any(x => x.Long),
                    Shared: g.Key.Seen.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(articles.Contains),
                    Articles: g.Key.Seen.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count()))
                .Where(o => o.Shared > 0 || Plausible(o.Strict, o.Long, articles.Count, o.Articles))
                .OrderByDescending(o => o.Shared).ThenByDescending(o => o.Strict)
                .ToList();
            if (owners.Count == 0 || owners.Count > 1 && owners[0].Shared == owners[1].Shared && owners[0].Strict == owners[1].Strict)
            {
                continue; // none, or no telling which
            }

            var owner = owners[0].Owner;

            owner.Aliases[acronym] = AliasMode.Exact;
            owner.Seen.AddRange(lonely.Seen);
            byAcronym[acronym] = owner;
            byKey.Remove(OrgKey(keys.Of(acronym)));
        }
    }

    /// <summary>
    /// Whether an acronym and a name never seen in one article are one organisation: the initials must fit word for word,
    /// or the name be long enough (four words) for a looser fit not to be chance; and the acronym must not be far commoner
    /// than the name, which a different organisation with the same letters would be.
    /// </summary>
    private static bool Plausible(bool strict, bool longName, int acronymArticles, int nameArticles) =>
        (strict || longName) && acronymArticles <= 2 * nameArticles + 2;

    /// <summary>The key of an organisation's name, British and American spellings made one ("Centre" and "Center").</summary>
    private static string OrgKey(string folded) => "org:" + (!folded.AsSpan().ContainsAny(BritishSpellings) ? folded : BritishToAmerican.Replace(folded, m => m.Value switch
    {
        "isation" => "ization",
        "centre" => "center",
        "defence" => "defense",
        "programme" => "program",
        "labour" => "labor",
        "theatre" => "theater",
        _ => m.Value,
    }));

    private static readonly Regex BritishToAmerican = new("isation|centre|defence|programme|labour|theatre", RegexOptions.CultureInvariant);

    private static readonly SearchValues<string> BritishSpellings = SearchValues.Create(["isation", "centre", "defence", "programme", "labour", "theatre"], StringComparison.Ordinal);

    private static bool IsAcronymOnly(string name) => !name.Contains(' ', StringComparison.Ordinal) && name.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"ACR" of "ACR University": an acronym and an organisation head word, nothing else; otherwise null.</summary>
    private static string? AcronymPrefix(string name)
    {
        var words = name.Split(' ');
        return words.Length == 2 && IsAcronymOnly(words[0]) && Lexicon.Words.OrgHeads.Contains(words[1]) ? words[0] : null;
    }
}
