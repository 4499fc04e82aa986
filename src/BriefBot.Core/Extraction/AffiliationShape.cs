using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Whether a phrase read as a person's affiliation can name an institution. An affiliation is a body or a state; never
/// a description of where someone lives or comes from ("Harbour-based", "Ruritanian-born", "Top Ruritanian"), a capital
/// city, a coordination fragment ("Ruritanian and the Evening Courier"), an officeholder ("Prime Minister Jane Doe"),
/// or a generic word alone ("Government", "Ministry", "Intelligence"), which is what is left of a longer name cut short.
/// </summary>
internal static class AffiliationShape
{
    /// <summary>Words that end names of bodies and fields but name nothing alone.</summary>
    private static readonly HashSet<string> GenericAlone = new(StringComparer.OrdinalIgnoreCase)
    {
        "Government", "Intelligence", "Jurisdiction", "Interest", "State", "Affairs", "Security", "Defence", "Defense",
        "Relations", "Studies", "Policy", "Administration", "Cabinet", "Opposition", "Military", "Police", "Research",
        "Development", "Cooperation", "Division", "Unit", "Section", "Branch", "Desk", "Team", "Campaign", "Ministry",
        "Department", "Office", "Party", "Committee", "Council", "Agency", "Commission", "Group", "Company", "Bank", "Fund",
        "Institute", "University", "Centre", "Center", "Foundation", "Association", "Board", "Bureau",
    };

    public static bool IsInstitution(string org)
    {
        if (org.Contains(" and the ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = org.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-born", StringComparison.OrdinalIgnoreCase) ||
                word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase) || Words.OfficeWords.Contains(word))
            {
                return false;
            }
        }

        if (words.Length == 1 && GenericAlone.Contains(org))
        {
            return false;
        }

        if (Gazetteer.Find(org) is { } country)
        {
            return country.Capitals.Count == 0 || !string.Equals(country.Capitals[0], org, StringComparison.OrdinalIgnoreCase); // the seat of government, not the city
        }

        // "Top Ruritanian", "US-based Ruritanian": a people, not a body.
        return words.Length == 1 || Gazetteer.Find(words[^1]) is not { } last || !last.Demonyms.Contains(words[^1], StringComparer.OrdinalIgnoreCase);
    }
}
