using System.Collections.Frozen;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Phrases that name a person, an event, an illness or a place, which a marker or quotation marks can bring in like a
/// term ("known as “Iron Fist Chen”", "the “Harvest Day” parade", "Acute Feline Syndrome", "the “North Sea”").
/// </summary>
internal static class NamesNotTerms
{
    /// <summary>Words that make a name a disease's: a syndrome or a fever with one of them is an illness.</summary>
    private static readonly FrozenSet<string> MedicalWords = new[]
    {
        "acute", "respiratory", "chronic", "viral", "infectious", "immune", "immunodeficiency", "deficiency", "haemorrhagic",
        "hemorrhagic", "pulmonary", "cardiac", "disease", "fever", "influenza", "flu", "sclerosis", "disorder",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CompassWords = new[]
    {
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "northeast", "northwest", "southeast", "southwest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "sea", "ocean", "coast", "gulf", "strait", "straits", "islands", "island", "bank", "shore", "bay", "mountains", "desert", "plain", "plains",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the name of a day, a festival or a holiday.</summary>
    private static readonly FrozenSet<string> EventHeads = new[] { "Day", "Festival", "Holiday", "Anniversary", "Eve" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsNameOfSomethingElse(string term)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var last = words[^1];
        var allCapitalised = words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and");

        // A nickname: a capitalised phrase ending in a family or given name.
        if (allCapitalised && char.IsUpper(last[0]) && (FamilyNameFirst.FamilyNames.Contains(last) || Words.GivenNames.Contains(last)))
        {
            return true;
        }

        // A day, a festival, a march: "Harvest Day", "the March of the Pioneers".
        if (allCapitalised && EventHeads.Contains(last) || words[0].Equals("march", StringComparison.OrdinalIgnoreCase) && words[1] == "of")
        {
            return true;
        }

        // An illness: "Acute Feline Syndrome", "Valley fever".
        if (words.Any(MedicalWords.Contains))
        {
            return true;
        }

        // A place: "the North Sea", "Western Shore".
        return words.Length == 2 && CompassWords.Contains(words[0]) && PlaceNouns.Contains(last);
    }
}
