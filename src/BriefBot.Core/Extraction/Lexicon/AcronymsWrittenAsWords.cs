using System.Collections.Frozen;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// Acronyms of well-known international bodies that house styles of British and Commonwealth papers write as words,
/// with only the first letter a capital ("Nato", "Asean"): the word-shaped spelling of an acronym that the capitals alone
/// would not reveal. General knowledge, like the country list; the body is found as its acronym wherever it is written so.
/// </summary>
internal static class AcronymsWrittenAsWords
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "Nato", "Asean", "Opec", "Unesco", "Unicef", "Unrwa", "Unctad", "Unhcr", "Nafta", "Ecowas", "Apec", "Brics",
        "Aukus", "Sadc", "Acas", "Isaf", "Unifil", "Monusco", "Minusma", "Amisom", "Comesa", "Igad", "Caricom", "Efta",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The acronym in capitals: "NATO" for "Nato".</summary>
    public static string Capitals(string word) => CapitalsOf[word];

    /// <summary>The spelling as a word of an acronym in capitals, if it has one: "Nato" for "NATO".</summary>
    public static string? AsWord(string acronym) =>
        acronym.Length > 1 && WordsOf.TryGetValue(acronym, out var word) ? word : null;

    private static readonly FrozenDictionary<string, string> CapitalsOf = Words.ToFrozenDictionary(w => w, w => w.ToUpperInvariant(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> WordsOf = Words.ToFrozenDictionary(w => w.ToUpperInvariant(), w => w, StringComparer.Ordinal);
}
