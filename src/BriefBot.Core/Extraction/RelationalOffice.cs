using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Role words that say where someone stands rather than what office they hold ("leader", "head",
/// "deputy", "founder", "chief executive"): they name a political office when held at a state or a body of state
/// ("the country's current leader", "the Labour leader"), and nothing political elsewhere
/// ("the firm's chief executive", "founder of a think tank"). "Counterpart" is left out: a negotiator's counterpart is
/// a negotiator.
/// </summary>
internal static class RelationalOffice
{
    private static readonly HashSet<string> HeadNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "head", "deputy", "founder", "chief executive", "ruler",
    };

    /// <summary>Names of parties without the word "party", whose leaders hold political office.</summary>
    private static readonly HashSet<string> PartyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Labour", "Labor", "Tory", "Tories", "Conservative", "Conservatives", "Liberal", "Liberals", "Democrats", "Republicans",
        "Greens", "Socialists", "Communists",
    };

    /// <summary>
    /// Whether <paramref name="role"/> is a relational role held at a state, a body of state or a party; a head of a field
    /// ("head of research", "deputy head of mission") holds a post, not the state.
    /// </summary>
    public static bool Holds(string role, IReadOnlyList<string> affiliations)
    {
        if (role.Contains(" of ", StringComparison.Ordinal) || !HeadNouns.Contains(HeadNoun(role)))
        {
            return false;
        }

        var leader = role.EndsWith("leader", StringComparison.OrdinalIgnoreCase);
        if (leader && CapitalisedStart(role) is { } modifier && (Gazetteer.IsStateName(modifier) || PartyNames.Contains(modifier)))
        {
            return true; // "the Labour leader, Jane Doe", "the Ruritanian leader, Jane Doe"; not "the Ruritania bureau chief"
        }

        foreach (var org in affiliations)
        {
            if (Gazetteer.IsStateName(org) || leader && PartyNames.Contains(org))
            {
                return true;
            }

            foreach (var word in org.Split(' '))
            {
                if (Apposition.IsPoliticalBodyWord(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A relational role with nothing saying where it is held ("the leader", "a hereditary leader", "deputy"): it says
    /// neither that the person holds office nor that they speak as an expert.
    /// </summary>
    public static bool IsUnplaced(RoleSegment role) =>
        role.Affiliations.Count == 0 && !role.Role.Contains(" of ", StringComparison.Ordinal) && CapitalisedStart(role.Role) is null
        && HeadNouns.Contains(HeadNoun(role.Role));

    /// <summary>The capitalised words the role starts with: "North Ruritanian" of "North Ruritanian leader"; null when none.</summary>
    private static string? CapitalisedStart(string role)
    {
        var end = 0;
        while (end < role.Length && char.IsUpper(role[end]))
        {
            var space = role.IndexOf(' ', end);
            if (space < 0)
            {
                return null; // the role itself, no modifier
            }

            end = space + 1;
        }

        return end == 0 ? null : role[..(end - 1)];
    }

    /// <summary>The role's head: "leader" of "current leader", "chief executive" of "first chief executive".</summary>
    private static string HeadNoun(string core)
    {
        if (core.EndsWith("chief executive", StringComparison.OrdinalIgnoreCase))
        {
            return "chief executive";
        }

        var space = core.LastIndexOf(' ');
        return space >= 0 ? core[(space + 1)..] : core;
    }
}
