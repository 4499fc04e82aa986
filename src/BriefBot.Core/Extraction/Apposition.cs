using System.Text;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>One role of a person: "senior research fellow" at "Institute of the Far East".</summary>
/// <param name="Body">The body named only by a noun, "the group's director": its name is found in the text before (<see cref="BodyAnaphora"/>).</param>
internal sealed record RoleSegment(string Role, IReadOnlyList<string> Affiliations, bool Political, string? Body = null);

/// <summary>
/// Reads what follows a name: "a program director at the Harbour Club, professor at X, and professor at Y",
/// "the Director-General of Norway’s ... Council (NCFA)", "an Oslo-based journalist and political analyst".
/// Reading stops at the first piece that is not a role.
/// </summary>
internal static class Apposition
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "at", "of", "with", "for", "in", "from", "on", "to" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "&", "de", "du", "des", "la", "le", "del", "on", "y", "et", "für" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "another" };

    /// <summary>Reads the roles in <paramref name="text"/> from <paramref name="from"/> on.</summary>
    public static IReadOnlyList<RoleSegment> Parse(string text, int from, bool stopAtDash)
    {
        var words = RoleWords.Read(text, from, stopAtDash);
        List<RoleSegment>? segments = null; // most names are not followed by a role: nothing to allocate then
        var i = 0;
        while (words.Has(i))
        {
            var start = i;
            if (segments is not null && words[i].Core.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                i++;
            }

            var countryAffiliation = (string?)null;
            var body = (string?)null;
            if (words.Has(i + 2) && words[i].Core is "the" or "The" && words[i].Trail == '\0' && BodyAnaphora.IsBodyNoun(words[i + 1]))
            {
                body = words[i + 1].Core; // "the group's director of policy"
                i += 2;
            }
            else if (words.Has(i) && Determiners.Contains(words[i].Core))
            {
                i++;
            }
            else if (words.Has(i) && words[i].Possessive && char.IsUpper(words[i].Core[0]))
            {
                countryAffiliation = words[i].Core;
                i++;
            }

            while (words.Has(i) && words[i].Trail == '\0' && RoleLead.IsAge(words[i].Core))
            {
                i++; // "a 30-year-old student": an age is no part of the role
            }

            // The role: up to six words ending in a role noun, before any preposition or punctuation.
            var roleEnd = -1;
            var j = i;
            while (words.Has(j) && j - i < 6)
            {
                var w = words[j];
                if (Prepositions.Contains(w.Core) || w.Core is "and" or "who" or "which" or "that" or "whose" or "respectively")
                {
                    break;
                }

                if (NotInRoles.Contains(w.Core))
                {
                    roleEnd = -1; // "believing she is a separatist" is a clause, not a role
                    break;
                }

                if (Lexicon.Words.RoleNouns.Contains(w.Core) || IsCompoundRole(w.Core))
                {
                    roleEnd = j;
                }

                if (w.Trail != '\0')
                {
                    break;
                }

                j++;
            }

            if (roleEnd < 0)
            {
                break;
            }

            var role = new StringBuilder(words[i].Core);
            for (var r = i + 1; r <= roleEnd; r++)
            {
                role.Append(' ').Append(words[r].Core);
            }

            i = roleEnd + 1;
            var affiliations = new List<string>();
            if (countryAffiliation is not null)
            {
                affiliations.Add(countryAffiliation);
            }

            // "professor of diplomacy": a lower-case field belongs to the role.
            if (words.Has(i + 1) && words[i - 1].Trail == '\0' && words[i].Core == "of" && char.IsLower(words[i + 1].Core[0]) && !Determiners.Contains(words[i + 1].Core))
            {
                var k = i + 1;
                var field = new List<string>();
                while (words.Has(k) && char.IsLower(words[k].Core[0]) && !Prepositions.Contains(words[k].Core) && words[k].Core != "and" && field.Count < 4)
                {
                    field.Add(words[k].Core);
                    if (words[k].Trail != '\0')
                    {
                        k++;
                        break;
                    }

                    k++;
                }

                role.Append(" of ").Append(string.Join(' ', field));
                i = k;
            }

            if (segments is null && words.Has(i) && words[i - 1].Trail == '\0' && char.IsUpper(words[i].Core[0]) && !words[i].Possessive)
            {
                break; // "on the Internet, chief economist Jane Doe said": the role is the title of the name after it
            }

            // "the author of Harbour Lights": what follows is a work, not an institution.
            var ofAWork = words[roleEnd].Core is "author" or "co-author" or "coauthor" && words.Has(i) && words[i].Core == "of";
            if (!ofAWork && words.Has(i) && words[i - 1].Trail == '\0' && Prepositions.Contains(words[i].Core))
            {
                var preposition = i;
                var count = affiliations.Count;
                i = ReadAffiliations(words, i + 1, affiliations);
                if (InstitutionAfter(words, preposition, i) is var at and > 0)
                {
                    // "fellow on the Asia Programme at the Harbour Institute": the unit stays with the role, the institution is the affiliation.
                    var unit = new List<string>();
                    i = ReadAffiliations(words, at + 1, unit);
                    if (unit.Count > 0)
                    {
                        role.Append(' ').Append(words.Join(preposition, at, commas: true));
                        affiliations.RemoveRange(count, affiliations.Count - count);
                        affiliations.AddRange(unit);
                    }
                }
            }

            var roleText = role.ToString();
            (segments ??= []).Add(new RoleSegment(roleText, affiliations, IsPoliticalAt(roleText, affiliations), affiliations.Count == 0 ? body : null));

            // Skip to the end of this piece: the next comma, or "and" starting another role.
            while (words.Has(i) && words[i - 1].Trail is '\0' && !words[i].Core.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                i++;
            }

            if (words.Has(i) && words[i - 1].Trail is '.' or ':' or ';')
            {
                break;
            }

            if (i == start)
            {
                break;
            }
        }

        return segments ?? (IReadOnlyList<RoleSegment>)[];
    }

    /// <summary>Whether the role, lower-cased, is a political office or ends with one after a space ("former foreign minister").</summary>
    public static bool IsPolitical(string role)
    {
        var r = role.ToLowerInvariant();
        foreach (var office in Lexicon.Words.PoliticalRoleNouns)
        {
            if (r.EndsWith(office, StringComparison.Ordinal) && (r.Length == office.Length || r[^(office.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where "at" starts a second place after the one read from <paramref name="preposition"/> up to <paramref name="end"/>,
    /// within the same piece and a few words: "on the Asia Programme at ...", "expert on the US at ...".
    /// </summary>
    private static int InstitutionAfter(RoleWords words, int preposition, int end)
    {
        // After "on" the unit may be a list of subjects: "an expert on trade, energy and defence at the Harbour Institute".
        var subjects = words[preposition].Core == "on";
        for (var k = Math.Max(end, preposition + 1); k < preposition + (subjects ? 14 : 9) && words.Has(k + 1) && (words[k - 1].Trail == '\0' || subjects && words[k - 1].Trail == ','); k++)
        {
            if (words[k].Core == "at" && char.IsUpper(words[k + 1].Core[0]) || words[k].Core == "at" && Determiners.Contains(words[k + 1].Core))
            {
                return k;
            }

            if (words[k].Core is "who" or "which" or "that" || !subjects && words[k].Core is "and")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the role held at these bodies is a political office: see <see cref="OfCivilBody"/>.</summary>
    public static bool IsPoliticalAt(string role, List<string> affiliations) =>
        IsPolitical(role) && !OfCivilBody(affiliations) || RelationalOffice.Holds(role, affiliations);

    /// <summary>Whether the word is the head of a body of state: "Parliament", "Party", "Ministry".</summary>
    public static bool IsPoliticalBodyWord(string word) => PoliticalBodies.Contains(word) && word is not ("European" or "Security" or "Union" or "Federation");

    /// <summary>
    /// Whether the role is held at a body outside politics: a "president" or "chair" of a committee, institute or company
    /// is no politician. Bodies of state (parliament, party, commission, council, government) and states keep the office political.
    /// </summary>
    private static bool OfCivilBody(List<string> affiliations)
    {
        if (affiliations.Count == 0)
        {
            return false;
        }

        var civil = false;
        foreach (var org in affiliations)
        {
            if (Gazetteer.IsStateName(org))
            {
                return false;
            }

            foreach (var word in org.Split(' '))
            {
                if (PoliticalBodies.Contains(word))
                {
                    return false;
                }

                civil |= CivilHeads.Contains(word);
            }
        }

        return civil;
    }

    /// <summary>Pronouns and verbs that no role phrase holds.</summary>
    private static readonly HashSet<string> NotInRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
        "said", "says", "told", "not", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
        "his", "her", "their", "its", "our", "my", "your", "including", "like", "such",
    };

    /// <summary>Head words of bodies outside politics: committees, institutes, universities, firms.</summary>
    private static readonly HashSet<string> CivilHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Committee", "Institute", "Institution", "University", "College", "School", "Academy", "Center", "Centre", "Foundation",
        "Association", "Society", "Company", "Corporation", "Bank", "Fund", "Club", "Group", "Trust", "Network", "Forum",
        "Chambers", "Watch", "Inc", "Ltd", "Program", "Programme", "Initiative", "Observatory", "Consortium", "Federation",
        "Council", "Board", "Agency", "Organisation", "Organization",
    };

    private static readonly HashSet<string> PoliticalBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Parliament", "Assembly", "Senate", "Congress", "House", "Chamber", "Duma", "Knesset", "Majlis", "Party", "Commission",
        "European", "Security", "Government", "Cabinet", "Republic", "Kingdom", "Union", "Federation", "State", "States", "Ministry",
        "Authority", "Administration", "Junta", "Emirate", "Province", "Region", "City", "County", "Territory",
    };

    private static bool IsCompoundRole(string word)
    {
        if (word.Length > 6 && char.IsLower(word[0]) && (word.EndsWith("ologist", StringComparison.Ordinal) || word.EndsWith("ographer", StringComparison.Ordinal) ||
                                                          word.EndsWith("ician", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)))
        {
            return true; // hydrologist, demographer, statistician, economist
        }

        var dash = word.LastIndexOf('-');
        return dash > 0 && Lexicon.Words.RoleNouns.Contains(word[(dash + 1)..]) && !word.EndsWith("-based", StringComparison.Ordinal);
    }

    /// <summary>After "at"/"of": skip "the", adjectives and a possessive place, then take the organisation name(s).</summary>
    private static int ReadAffiliations(RoleWords words, int i, List<string> affiliations)
    {
        var skipped = 0;
        while (words.Has(i) && skipped < 4)
        {
            var w = words[i];
            if (Determiners.Contains(w.Core) || (char.IsLower(w.Core[0]) && !Connectors.Contains(w.Core)))
            {
                i++;
                skipped++;
                if (w.Trail != '\0')
                {
                    return i;
                }

                continue;
            }

            if (w.Possessive && char.IsUpper(w.Core[0]) && (Gazetteer.IsStateName(w.Core) || words.Has(i + 1) && char.IsLower(words[i + 1].Core[0])))
            {
                i++; // "Russia’s similarly influential ...", "Moscow’s Institute ..."
                skipped++;
                continue;
            }

            break;
        }

        while (words.Has(i) && (char.IsUpper(words[i].Core[0]) || char.IsDigit(words[i].Core[0]) && words.Has(i + 1) && char.IsUpper(words[i + 1].Core[0])))
        {
            var first = i; // the name is words[first..i)
            var possessive = false;
            var trail = '\0';
            while (words.Has(i))
            {
                var w = words[i];
                var capital = char.IsUpper(w.Core[0]) || char.IsDigit(w.Core[0]) || w.Core == "&";
                if (!capital && !(Connectors.Contains(w.Core) && i > first))
                {
                    break;
                }

                i++;
                if (w.Possessive || w.Trail != '\0')
                {
                    possessive = w.Possessive;
                    trail = w.Trail;
                    break;
                }
            }

            while (i > first && Connectors.Contains(words[i - 1].Core))
            {
                i--;
            }

            if (i > first && !Ingestion.DateText.IsMonthName(words[first].Core))
            {
                affiliations.Add(words.Join(first, i));
            }

            if (!possessive || trail != '\0' && trail != '’')
            {
                break;
            }
        }

        return i;
    }
}
