using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Merges person sightings into people: the same full name across articles is one person, and a surname alone
/// ("Solberg shares ...") is the person of that surname named in full in the same article, or else in the corpus.
/// People in political office become actors of kind leader; everyone else is an expert candidate, shown only when quoted
/// or cited as a source (<see cref="Candidate.Source"/>).
/// </summary>
internal static class PersonMerger
{
    public static List<Candidate> Merge(IReadOnlyList<PersonHit> hits)
    {
        var keys = new FoldedKeys();
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        string SurnameKey(string name) => surnames.TryGetValue(name, out var known) ? known : surnames[name] = keys.Of(FamilyName(name));
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        string KeyOf(string name) => keys.Of(WithoutInitials(name)) is var k && variants.TryGetValue(k, out var v) ? v : k;
        hits = Confirmed(hits, KeyOf, SurnameKey);
        variants = Variants(hits, KeyOf);
        var byKey = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var inOffice = new HashSet<string>(StringComparer.Ordinal);
        var aged = new HashSet<string>(StringComparer.Ordinal);
        var expertEvidence = new HashSet<string>(StringComparer.Ordinal);

        // Full names first, so that surnames can find them.
        var fullNamesByArticle = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal); // article → surname key → full key
        var fullNamesAnywhere = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var firstWordsByArticle = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal); // "Mr Teng" for "Teng Biao"
        var fullKeysByArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var hit in hits.Where(h => h.Name.Contains(' ', StringComparison.Ordinal)))
        {
            var key = KeyOf(hit.Name);
            var surname = SurnameKey(hit.Name);
            GetOrAdd(fullNamesByArticle, hit.Where.Paragraph.Article.Id)[surname] = key;
            if (!fullKeysByArticle.TryGetValue(hit.Where.Paragraph.Article.Id, out var articleKeys))
            {
                fullKeysByArticle[hit.Where.Paragraph.Article.Id] = articleKeys = new HashSet<string>(StringComparer.Ordinal);
            }

            articleKeys.Add(key);
            var firstWord = hit.Name[..hit.Name.IndexOf(' ', StringComparison.Ordinal)];
            if (!Words.GivenNames.Contains(firstWord) && firstWord.Length > 1 && !firstWord.EndsWith('.'))
            {
                GetOrAdd(firstWordsByArticle, hit.Where.Paragraph.Article.Id).TryAdd(keys.Of(firstWord), key);
            }

            if (!fullNamesAnywhere.TryGetValue(surname, out var set))
            {
                fullNamesAnywhere[surname] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(key);
        }

        var sources = new HashSet<string>(StringComparer.Ordinal);
        var offices = new Dictionary<string, int>(StringComparer.Ordinal); // times named in office, less times named with another role
        foreach (var hit in hits)
        {
            // "Doe" or "Jane Doe" read as someone's affiliation is a person of the article, not a body.
            bool IsPersonOfArticle(string org) =>
                fullNamesByArticle.TryGetValue(hit.Where.Paragraph.Article.Id, out var named) &&
                (named.ContainsKey(keys.Of(org)) || fullKeysByArticle[hit.Where.Paragraph.Article.Id].Contains(keys.Of(org)));

            var key = KeyOf(hit.Name);
            var display = hit.Name;
            if (!hit.Name.Contains(' ', StringComparison.Ordinal))
            {
                if (fullNamesByArticle.TryGetValue(hit.Where.Paragraph.Article.Id, out var local) && local.TryGetValue(key, out var full) ||
                    firstWordsByArticle.TryGetValue(hit.Where.Paragraph.Article.Id, out var firsts) && firsts.TryGetValue(key, out full))
                {
                    key = full;
                    display = string.Empty;
                }
                else if (hit.Unconfirmed)
                {
                    continue; // "Doe said" with no Doe named in full in the article
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
                    if (AffiliationShape.IsInstitution(org) && !IsPersonOfArticle(org))
                    {
                        candidate.AddAffiliation(org);
                    }
                }

                if (!role.Political && !Titles.IsTitleWord(role.Role) && !RelationalOffice.IsUnplaced(role))
                {
                    expertEvidence.Add(key); // a rank is no sign of an expert: "General Jane Doe, the country's transitional president"
                }
            }

            if (hit.InOffice)
            {
                inOffice.Add(key);
            }

            if (hit.Roles.Count == 0 && display.Length > 0 && AgeFollows(hit.Where.Text, display))
            {
                aged.Add(key);
            }

            if (hit.Speaks || hit.Roles.Any(r => !r.Political && r.Role.Length > 0 && !Titles.IsTitleWord(r.Role)))
            {
                sources.Add(key); // a rank alone ("Gen. Doe was killed") is no sign of a source
            }

            if (hit.InOffice)
            {
                offices[key] = offices.GetValueOrDefault(key) + 1;
            }
            else if (hit.Roles.Any(r => !r.Political && r.Role.Length > 0 && !Titles.IsTitleWord(r.Role) && !RelationalOffice.IsUnplaced(r)))
            {
                offices[key] = offices.GetValueOrDefault(key) - 1;
            }

            var s = hit.Where;
            candidate.Seen.Add(new Mention(s.Paragraph.Article.Id, s.Paragraph.Index, s.Index));
        }

        foreach (var candidate in byKey.Values)
        {
            // "Jane Doe, 27, said ...", and no role anywhere: a passer-by asked in the street, not a source to cite.
            candidate.Source = sources.Contains(candidate.Key) && !(aged.Contains(candidate.Key) && candidate.Roles.Count == 0);
            if (!candidate.Key.Contains(' ', StringComparison.Ordinal))
            {
                candidate.Source = false; // a family name alone that no full name in the article or corpus explains is nobody to cite
            }

            // In office and more often named so than with another role: "Secretary of State Jane Doe", once "America's top diplomat".
            if (inOffice.Contains(candidate.Key) && (!expertEvidence.Contains(candidate.Key) || offices.GetValueOrDefault(candidate.Key) > 0))
            {
                candidate.Kind = EntityKind.Actor;
                candidate.ActorKind = Knowledge.ActorKind.Leader;
            }
        }

        return byKey.Values.ToList();
    }

    /// <summary>Whether the name is followed by an age between commas, the way news text brings in a member of the public.</summary>
    private static bool AgeFollows(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(at + name.Length);
            if (rest.StartsWith(", ", StringComparison.Ordinal) && rest[2..].IndexOfAnyExceptInRange('0', '9') is var digits and >= 1 and <= 3 &&
                rest[2 + digits] is ',' or '.' or ';')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spelling variants among the full names of <paramref name="hits"/> (<see cref="SpellingVariants"/>).</summary>
    private static Dictionary<string, string> Variants(IReadOnlyList<PersonHit> hits, Func<string, string> keyOf)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var familyFirst = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Name.Contains(' ', StringComparison.Ordinal))
            {
                var key = keyOf(hit.Name);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (FamilyNameFirst.Applies(hit.Name))
                {
                    familyFirst.Add(key);
                }
            }
        }

        return SpellingVariants.Canonical(counts, familyFirst);
    }

    public static string Surname(string name) => Folding.Key(FamilyName(name));

    /// <summary>The family name: the last word, or the first of a name written family name first ("Zhao" of "Zhao Wei").</summary>
    public static string FamilyName(string name) =>
        FamilyNameFirst.Applies(name) ? name[..name.IndexOf(' ', StringComparison.Ordinal)] : name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>The name without initials, so that "J. Alan Doe" and "Alan Doe" are one person.</summary>
    private static string WithoutInitials(string name)
    {
        if (!name.Contains('.', StringComparison.Ordinal))
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !(w.Length == 2 && w[1] == '.' && char.IsUpper(w[0]))).ToArray();
        return kept.Length >= 2 ? string.Join(' ', kept) : name;
    }

    /// <summary>
    /// The hits without the unconfirmed full names (<see cref="PersonHit.Unconfirmed"/>) whose article never names the
    /// person again: neither the full name found another way nor the family name alone.
    /// </summary>
    private static IReadOnlyList<PersonHit> Confirmed(IReadOnlyList<PersonHit> hits, Func<string, string> keyOf, Func<string, string> surnameKey)
    {
        if (!hits.Any(h => h.Unconfirmed && h.Name.Contains(' ', StringComparison.Ordinal)))
        {
            return hits;
        }

        var seen = new HashSet<(string Article, string Key)>();
        var sightings = new Dictionary<(string Article, string Key), int>();
        foreach (var hit in hits)
        {
            var article = hit.Where.Paragraph.Article.Id;
            if (!hit.Name.Contains(' ', StringComparison.Ordinal))
            {
                var k = (article, keyOf(hit.Name));
                sightings[k] = sightings.GetValueOrDefault(k) + 1;
            }
            else if (!hit.Unconfirmed)
            {
                seen.Add((article, keyOf(hit.Name)));
            }
        }

        return hits.Where(h => !h.Unconfirmed || !h.Name.Contains(' ', StringComparison.Ordinal) ||
                               seen.Contains((h.Where.Paragraph.Article.Id, keyOf(h.Name))) ||
                               sightings.ContainsKey((h.Where.Paragraph.Article.Id, surnameKey(h.Name)))).ToList();
    }

    private static Dictionary<string, string> GetOrAdd(Dictionary<string, Dictionary<string, string>> d, string key)
    {
        if (!d.TryGetValue(key, out var v))
        {
            d[key] = v = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return v;
    }
}
