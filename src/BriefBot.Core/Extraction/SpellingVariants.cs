using BriefBot.Core.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// One person written two ways across articles: the same family name, and given names one letter apart ("Mikhael" and
/// "Mikhail") or one a shorter form of the other ("Jan Novak" and "Jan Pieter Novak"). Merged only when the name has a
/// single such partner, so that two people of one family stay two.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Maps each variant key to the key of its commoner spelling.</summary>
    /// <param name="counts">Full-name key → sightings, for names of two words or more.</param>
    /// <param name="familyFirst">The keys of names written family name first, left alone.</param>
    public static Dictionary<string, string> Canonical(IReadOnlyDictionary<string, int> counts, IReadOnlySet<string> familyFirst)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in counts.Keys)
        {
            if (familyFirst.Contains(key))
            {
                continue; // given names of family-first names are too short and too alike to compare letter by letter
            }

            var last = key[(key.LastIndexOf(' ') + 1)..];
            if (!bySurname.TryGetValue(last, out var list))
            {
                bySurname[last] = list = [];
            }

            list.Add(key);
        }

        foreach (var list in bySurname.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }

            foreach (var a in list)
            {
                var partners = list.Where(b => !ReferenceEquals(a, b) && !string.Equals(a, b, StringComparison.Ordinal) && Close(Given(a), Given(b))).ToList();
                if (partners.Count != 1)
                {
                    continue;
                }

                var b = partners[0];
                var bPartners = list.Count(c => !string.Equals(b, c, StringComparison.Ordinal) && Close(Given(b), Given(c)));
                if (bPartners != 1)
                {
                    continue;
                }

                // The commoner (then longer, then ordinal-first) spelling is kept.
                var keep = counts[a] != counts[b] ? (counts[a] > counts[b] ? a : b)
                    : a.Length != b.Length ? (a.Length > b.Length ? a : b)
                    : string.CompareOrdinal(a, b) < 0 ? a : b;
                if (!string.Equals(keep, a, StringComparison.Ordinal))
                {
                    map[a] = keep;
                }
            }
        }

        return map;
    }

    private static string Given(string key) => key[..key.LastIndexOf(' ')];

    /// <summary>Given names that may be one person's: one a word-prefix of the other, or one edit apart in a long name.</summary>
    private static bool Close(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var aw = a.Split(' ');
        var bw = b.Split(' ');
        if (aw.Length != bw.Length)
        {
            var (shorter, longer) = aw.Length < bw.Length ? (aw, bw) : (bw, aw);
            // A middle name left out ("Jan Novak", "Jan Pieter Novak"), or a first ("Pieter Novak" for a double family name).
            return shorter.SequenceEqual(longer.Take(shorter.Length), StringComparer.Ordinal) ||
                   shorter.SequenceEqual(longer.Skip(longer.Length - shorter.Length), StringComparer.Ordinal);
        }

        return aw.Length == 1 && Math.Max(a.Length, b.Length) >= 6 && a[0] == b[0] && EditDistance.Bounded(a, b, 1) == 1;
    }
}
