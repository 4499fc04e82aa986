using System.Runtime.InteropServices;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Gives hits one copy per extraction of each name, term, role and affiliation (<see cref="SharedStrings"/>): the same
/// people and organisations are named in article after article, and every hit lives until all articles are read.
/// </summary>
internal sealed class HitStrings
{
    private readonly SharedStrings _strings = new();

    public void Share(List<PersonHit> people, List<OrgHit> organisations, List<ConceptHit> concepts)
    {
        foreach (ref var hit in CollectionsMarshal.AsSpan(people))
        {
            hit = hit with { Name = _strings.Get(hit.Name), Roles = Shared(hit.Roles) };
        }

        foreach (ref var hit in CollectionsMarshal.AsSpan(organisations))
        {
            hit = hit with { Name = _strings.Get(hit.Name), Acronym = _strings.GetOrNull(hit.Acronym) };
        }

        foreach (ref var hit in CollectionsMarshal.AsSpan(concepts))
        {
            hit = hit with { Term = _strings.Get(hit.Term), AliasOf = _strings.GetOrNull(hit.AliasOf) };
        }
    }

    /// <summary>The roles again with shared strings, in arrays of their length (the empty ones shared).</summary>
    private RoleSegment[] Shared(IReadOnlyList<RoleSegment> roles)
    {
        if (roles.Count == 0)
        {
            return [];
        }

        var shared = new RoleSegment[roles.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            var affiliations = roles[i].Affiliations.Count == 0 ? [] : new string[roles[i].Affiliations.Count];
            for (var k = 0; k < affiliations.Length; k++)
            {
                affiliations[k] = _strings.Get(roles[i].Affiliations[k]);
            }

            shared[i] = new RoleSegment(_strings.Get(roles[i].Role), affiliations, roles[i].Political);
        }

        return shared;
    }
}
