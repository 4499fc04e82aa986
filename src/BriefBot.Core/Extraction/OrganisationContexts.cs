using System.Buffers;
using System.Collections.Frozen;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Places in a sentence that make a run of capitalised words an organisation without a head-word: after a role or a
/// unit and "at" ("analysts at Northgate", "a fellow at Kestrel House", "the Asia Centre at Lakeside"), and before a
/// lower-case noun of a kind of organisation ("the state-run Meridian news agency", "the Westward lobby group").
/// </summary>
internal static class OrganisationContexts
{
    /// <summary>Lower-case nouns that say the name before them is an organisation's.</summary>
    private static readonly string[] KindsAfter =
    [
        "news agency", "news service", "newswire", "newspaper", "news outlet", "news website", "news site", "broadcaster",
        "tabloid", "daily", "weekly", "magazine", "lobby group", "pressure group", "think tank", "think-tank",
        "consultancy", "militant group", "rebel group", "insurgent group", "armed group", "militia", "research firm",
        "research group", "investment bank", "bank", "asset manager", "brokerage", "ratings agency", "rating agency",
    ];

    /// <summary>The lower-case words that begin <see cref="KindsAfter"/>: a sentence without any needs no look.</summary>
    private static readonly SearchValues<string> KindCues = SearchValues.Create(
        [" news", " newspaper", " broadcaster", " tabloid", " daily", " weekly", " magazine", " group", " tank", " consultancy", " militia", " bank", " manager", " brokerage", " agency", " research"],
        StringComparison.Ordinal);

    /// <summary>Cue: whether " at " and a capital, or a noun of <see cref="KindsAfter"/>, is in <paramref name="text"/>.</summary>
    public static bool MayApply(string text)
    {
        for (var at = text.IndexOf(" at ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" at ", at + 1, StringComparison.Ordinal))
        {
            var next = at + 4;
            if (text.AsSpan(next).StartsWith("the ", StringComparison.Ordinal))
            {
                next += 4;
            }

            if (next < text.Length && char.IsUpper(text[next]))
            {
                return true;
            }
        }

        return text.AsSpan().ContainsAny(KindCues);
    }

    /// <summary>Units of an institution: a programme "at" an institution is part of it.</summary>
    public static readonly FrozenSet<string> Units = new[] { "Programme", "Program", "Project", "Desk", "Unit", "Division" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the run starting at <paramref name="start"/> follows a role or an organisation's head-word and "at" (and maybe "the").</summary>
    public static bool AfterRoleAt(string text, int start)
    {
        var at = start;
        at = Back(text, at, "the ");
        var before = Back(text, at, "at ");
        if (before == at || before < 2 || text[before - 1] != ' ')
        {
            return false;
        }

        var end = before - 1;
        var from = end;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }

        var word = text.AsSpan(from, end - from);
        if (word.Length > 1 && word[^1] == 's' && !Words.OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            word = word[..^1]; // "analysts", "economists"
        }

        var roles = Words.RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        return roles.Contains(word) || char.IsUpper(word.Length > 0 ? word[0] : 'a') && Words.OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Whether a lower-case noun of a kind of organisation follows the run that ends at <paramref name="end"/>.</summary>
    public static bool BeforeKindNoun(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(end + 1);
        foreach (var kind in KindsAfter)
        {
            if (rest.StartsWith(kind, StringComparison.Ordinal) && (rest.Length == kind.Length || !char.IsLetter(rest[kind.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "at" and a capital follow the run that ends at <paramref name="end"/> ("the Asia Programme at Kestrel House").</summary>
    public static bool FollowedByAt(string text, int end) =>
        text.AsSpan(end).StartsWith(" at ", StringComparison.Ordinal) && end + 4 < text.Length && char.IsUpper(text[end + 4]);

    /// <summary>Where <paramref name="word"/> ("the ") starts if it ends right before <paramref name="at"/>; otherwise <paramref name="at"/>.</summary>
    private static int Back(string text, int at, string word) =>
        at >= word.Length && text.AsSpan(at - word.Length, word.Length).SequenceEqual(word) ? at - word.Length : at;
}
