using System.Collections.Frozen;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// Titles written before a name that are never part of it: military ranks ("Gen.", "Lt. Gen.", "Cmdr."), forms of
/// address ("Madam", "Mdm") and religious titles ("Patriarch", "Cardinal"). A rank or religious title is the person's role.
/// </summary>
internal static class Titles
{
    /// <summary>Ranks and religious titles, as written (a full stop after an abbreviation is optional), with the role each gives.</summary>
    public static readonly FrozenDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Gen"] = "general", ["General"] = "general", ["Lt"] = "lieutenant", ["Lieutenant"] = "lieutenant",
        ["Col"] = "colonel", ["Colonel"] = "colonel", ["Capt"] = "captain", ["Captain"] = "captain", ["Maj"] = "major",
        ["Major"] = "major", ["Adm"] = "admiral", ["Admiral"] = "admiral", ["Cmdr"] = "commander", ["Cdr"] = "commander",
        ["Commander"] = "commander", ["Brig"] = "brigadier", ["Brigadier"] = "brigadier", ["Sgt"] = "sergeant",
        ["Sergeant"] = "sergeant", ["Cpl"] = "corporal", ["Corporal"] = "corporal", ["Pvt"] = "private",
        ["Marshal"] = "marshal", ["Field Marshal"] = "field marshal", ["Air Marshal"] = "air marshal", ["Vice Adm"] = "vice admiral",
        ["Rear Adm"] = "rear admiral", ["Lt Gen"] = "lieutenant general", ["Lt Col"] = "lieutenant colonel", ["Maj Gen"] = "major general",
        ["Brig Gen"] = "brigadier general", ["Lt Cmdr"] = "lieutenant commander", ["Lt Cdr"] = "lieutenant commander",
        ["Vice Admiral"] = "vice admiral", ["Rear Admiral"] = "rear admiral", ["Lieutenant General"] = "lieutenant general",
        ["Major General"] = "major general", ["Brigadier General"] = "brigadier general", ["Lieutenant Colonel"] = "lieutenant colonel",
        ["Patriarch"] = "patriarch", ["Cardinal"] = "cardinal", ["Archbishop"] = "archbishop", ["Bishop"] = "bishop",
        ["Metropolitan"] = "metropolitan", ["Grand Mufti"] = "grand mufti", ["Mufti"] = "mufti", ["Pastor"] = "pastor",
        ["Rep"] = "representative", ["Sen"] = "senator", ["Gov"] = "governor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Titles of elected office: the person is in office ("Rep. Jane Doe", "Sen. Jane Doe").</summary>
    public static readonly FrozenSet<string> Offices = new[] { "Rep", "Sen", "Gov" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Forms of address that are not names and give no role.</summary>
    public static readonly FrozenSet<string> Address = new[] { "Madam", "Madame", "Mdm", "Mme", "Miss", "Mister", "Monsieur", "Signor" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressLookup = Address.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestTitle = RoleLookup.Dictionary.Keys.Max(k => k.Length);

    /// <summary>Whether the word (a full stop after it allowed) is a title: "Gen.", "Madam", "Patriarch", "Lt. Gen.".</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word)
    {
        var w = word.TrimEnd('.');
        if (w.Contains(' '))
        {
            // A role of many words ("senior fellow at the X Institute") is no title: told apart without making strings.
            if (w.Length - w.Count(' ') - w.Count('.') > LongestTitle)
            {
                return false;
            }

            return RoleLookup.ContainsKey(string.Join(' ', w.ToString().Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))); // "Lt. Gen."
        }

        return w.Length > 0 && (RoleLookup.ContainsKey(w) || AddressLookup.Contains(w));
    }

    /// <summary>The role a one-word title gives, or null.</summary>
    public static string? RoleOf(ReadOnlySpan<char> word) => RoleLookup.TryGetValue(word.TrimEnd('.'), out var role) ? role : null;
}
