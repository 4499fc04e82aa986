using System.Buffers;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A role written as a title before a full name, "Foreign Ministry Spokesman Jan Novak", "Presidential Spokesperson Ana
/// Reyes": the capitalised words before the role noun belong to the role, and those that name a body ("Foreign Ministry")
/// are the affiliation. Only role nouns that never begin a name of their own are read so ("Trader" and "Chief" may).
/// </summary>
internal static class TitledRoleBeforeName
{
    private static readonly string[] Nouns =
    [
        "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Analyst", "Economist", "Adviser", "Advisor", "Editor",
        "Correspondent", "Commander", "Negotiator", "Chairman", "Chairwoman", "Chairperson", "Prosecutor", "Envoy", "Researcher",
    ];

    private static readonly SearchValues<string> Cue = SearchValues.Create(Nouns.Select(n => n + " ").ToArray(), StringComparison.Ordinal);

    private static readonly CuedRegex Pattern = new(new Regex(
        @"(?<![\p{L}\p{M}'’-])(?<role>(?:\p{Lu}[\p{L}\p{M}-]+[ ]+){0,3}" + Patterns.Alternation(Nouns) + @")[ ]+(?<name>" + Patterns.NameWord +
        @"(?:[ ]+(?:" + Patterns.Particle + @"[ ]+){0,2}" + Patterns.NameWord + @"){1,3})(?![\p{L}\p{M}])",
        Patterns.Options), text => text.AsSpan().ContainsAny(Cue));

    public static void Find(SentenceView s, List<PersonHit> hits)
    {
        var text = s.Text;
        for (var m = Pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (PersonFinder.Clean(m.Groups["name"].ValueSpan) is not { } name || !name.Contains(' ', StringComparison.Ordinal) ||
                Words.OrgHeads.Contains(name[(name.LastIndexOf(' ') + 1)..]) || OrganisationContexts.Units.Contains(name[(name.LastIndexOf(' ') + 1)..]))
            {
                continue; // "The Economist Intelligence Unit" is a body, not an economist
            }

            var words = m.Groups["role"].Value.Split(' ');
            var first = 0;
            while (first < words.Length - 1 && (words[first] is "The" or "A" or "An" || Gazetteer.IsStateName(words[first])))
            {
                first++; // "The", "Ruritanian": no part of the role
            }

            var role = string.Join(' ', words[first..]);
            var modifiers = words[first..^1];
            var body = modifiers.Any(w => Words.OrgHeads.Contains(w) || Apposition.IsPoliticalBodyWord(w)) ? string.Join(' ', modifiers) : null;
            IReadOnlyList<string> affiliations = body is null ? [] : [body];
            var chairOfState = words[^1].StartsWith("Chair", StringComparison.Ordinal) && modifiers.Any(Apposition.IsPoliticalBodyWord);
            var political = chairOfState || Apposition.IsPoliticalAt(role.ToLowerInvariant(), [.. affiliations]); // "House Intelligence Chairman"
            hits.Add(new PersonHit(name, [new RoleSegment(role, affiliations, political)], political, s));
        }
    }
}
