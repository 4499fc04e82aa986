using System.Collections.Frozen;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Where a run of capitalised words stops being an organisation's name: before "on Thursday", before "and HK-listed",
/// before a role ("European Commission Vice-President"); after a day or a compound such as "Alibaba-backed"; and names
/// of events and documents ("G20 Summit", "Visiting Forces Agreement"), which are not organisations.
/// </summary>
internal static class OrganisationNameEdges
{
    private static readonly FrozenSet<string> DayNames = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of the names of meetings, deals and laws.</summary>
    private static readonly FrozenSet<string> EventOrDocument = new[]
    {
        "Summit", "Convention", "Agreement", "Accord", "Accords", "Treaty", "Protocol", "Act", "Bill", "Charter",
        "Declaration", "Resolution", "Games", "Olympics", "Cup", "Championship", "Festival", "Expo", "Week", "Day",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The endings of compounds that describe a name rather than belong to it ("Alibaba-backed", "Hague-based").</summary>
    private static readonly string[] AttributiveEndings =
        ["-backed", "-based", "-listed", "-owned", "-run", "-led", "-funded", "-linked", "-affiliated", "-born", "-made", "-controlled", "-registered", "-headquartered", "-occupied", "-held", "-allied", "-aligned", "-friendly", "-sponsored", "-designed", "-built", "-language", "-speaking"];

    public static bool IsDayName(string word) => DayNames.Contains(word.TrimEnd('.'));

    /// <summary>Whether a name ending in <paramref name="lastWord"/> names a meeting, a deal or a law.</summary>
    public static bool IsEventOrDocument(string lastWord) => EventOrDocument.Contains(lastWord);

    /// <summary>"Alibaba-backed", "HK-listed": a compound that describes what follows it.</summary>
    public static bool IsAttributive(string word)
    {
        foreach (var ending in AttributiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && word.Length > ending.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a leading word is no part of the name: a day, a month, or a describing compound.</summary>
    public static bool IsLeadingNoise(string word) => IsDayName(word) || DateText.IsMonthName(word) || IsAttributive(word);

    /// <summary>
    /// How many of <paramref name="words"/> belong to the name, which is cut before a date, a describing compound, a code
    /// with digits ("EP-3E") or a role at its end.
    /// </summary>
    public static int NameLength(ReadOnlySpan<string> words)
    {
        var length = words.Length;
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (IsDayName(w) || DateText.IsMonthName(w) || IsAttributive(w) || w.AsSpan().ContainsAnyInRange('0', '9'))
            {
                length = i;
                break;
            }
        }

        if (PersonAtTheEnd(words[..length]) is var person and > 0)
        {
            length = person;
        }

        // "... Department on" (before "Thursday"), "... Sciences and" (before "HK-listed")
        while (length > 0 && NameChunks.Connectors.Contains(words[length - 1]))
        {
            length--;
        }

        // "European Commission Vice-President": a role after the organisation's head-word.
        while (length > 2 && IsRole(words[length - 1]) && Words.OrgHeads.Contains(words[length - 2]))
        {
            length--;
        }

        return length;
    }

    /// <summary>
    /// Where a person's name starts at the end of a run ("the Harbour Trade Commission Anna Berg said"): a common given
    /// name followed by one or two capitalised words that are no part of an organisation's name; 0 when there is none.
    /// </summary>
    private static int PersonAtTheEnd(ReadOnlySpan<string> words)
    {
        for (var given = Math.Max(2, words.Length - 3); given <= words.Length - 2; given++)
        {
            if (!Words.GivenNames.Contains(words[given]) || IsRole(words[given - 1]))
            {
                continue; // "Chief Cabinet Secretary Jane Doe" is a person with her office, read as such elsewhere
            }

            var rest = words[(given + 1)..];
            var isName = true;
            foreach (var w in rest)
            {
                isName &= char.IsUpper(w[0]) && !Words.OrgHeads.Contains(w) && !NameChunks.Connectors.Contains(w);
            }

            if (isName)
            {
                return given;
            }
        }

        return 0;
    }

    private static bool IsRole(string word) =>
        !Words.OrgHeads.Contains(word) && (Words.OfficeWords.Contains(word) || Words.RoleNouns.Contains(word) || Words.PoliticalRoleNouns.Contains(word));
}
