using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// "…, said Jane Doe, the group's director of policy": a body named only by a noun is the organisation the text named
/// just before. A noun that is a kind of body ("the court's", "the ministry's") takes the last organisation whose name
/// holds that word; a general one ("the group's", "the bloc's") the last organisation named at all.
/// </summary>
internal static class BodyAnaphora
{
    /// <summary>How many paragraphs back the body may have been named.</summary>
    private const int Reach = 3;

    private static readonly HashSet<string> General = new(StringComparer.Ordinal)
    {
        "group", "organisation", "organization", "body", "bloc", "alliance", "grouping", "coalition", "firm", "company",
        "outlet", "network", "consortium", "charity", "ngo", "think tank", "think-tank", "movement", "faction",
    };

    /// <summary>The words after "the" in "the group's director": a lower-case body noun with a possessive.</summary>
    public static bool IsBodyNoun(RoleWords.Word word) =>
        word.Possessive && word.Core.Length > 1 && char.IsLower(word.Core[0]) && Words.OrgNouns.Contains(word.Core)
        && word.Core is not ("government" or "administration");

    /// <summary>Gives the hits from <paramref name="first"/> on that hold such a role the organisation it stands for, when one was named.</summary>
    public static void Resolve(List<PersonHit> people, int first, List<OrgHit> organisations)
    {
        for (var p = first; p < people.Count; p++)
        {
            var hit = people[p];
            if (!HasBody(hit.Roles))
            {
                continue;
            }

            var roles = new RoleSegment[hit.Roles.Count];
            for (var r = 0; r < roles.Length; r++)
            {
                var role = hit.Roles[r];
                roles[r] = role.Body is null ? role
                    : Before(organisations, hit.Where, role.Body) is { } named ? role with { Affiliations = [named], Body = null }
                    : role with { Body = null };
            }

            people[p] = hit with { Roles = roles };
        }
    }

    private static bool HasBody(IReadOnlyList<RoleSegment> roles)
    {
        foreach (var role in roles)
        {
            if (role.Body is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The organisation a body noun ("group", "court") stands for at <paramref name="where"/>, if one was named.</summary>
    public static string? Named(List<OrgHit> organisations, SentenceView where, string noun) =>
        Words.OrgNouns.Contains(noun) ? Before(organisations, where, noun) : null;

    private static string? Before(List<OrgHit> organisations, SentenceView where, string noun)
    {
        var general = General.Contains(noun);
        var paragraph = where.Paragraph.Index;
        for (var o = organisations.Count - 1; o >= 0; o--)
        {
            var org = organisations[o];
            if (org.Where.Number > where.Number || org.Rejected || org.InName)
            {
                continue;
            }

            if (org.Where.Paragraph.Index < paragraph - Reach)
            {
                return null;
            }

            if (general || org.Name.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return FullName(organisations, org.Name);
            }
        }

        return null;
    }

    /// <summary>The full name an acronym was given in brackets in this article ("NFU" of "Northern Fisheries Union (NFU)"), or the name itself.</summary>
    private static string FullName(List<OrgHit> organisations, string name)
    {
        foreach (var org in organisations)
        {
            if (org.Acronym == name)
            {
                return org.Name;
            }
        }

        return name;
    }
}
