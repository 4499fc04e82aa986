using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Government bodies that do not look like other organisations: legislatures and headquarters named in one word ("the
/// Pentagon", "Congress", "the Knesset"), and ministries named in lower case after their state ("the Chinese foreign
/// ministry", "the US state department", "Russia's defence ministry").
/// </summary>
internal static partial class GovernmentBodies
{
    /// <summary>Bodies of state that a single capitalised word names: general knowledge, like the names of states.</summary>
    public static readonly FrozenSet<string> OneWordBodies = new[]
    {
        "Congress", "Senate", "Parliament", "Pentagon", "Knesset", "Duma", "Bundestag", "Bundesrat", "Politburo", "Majlis",
        "Sejm", "Riksdag", "Storting", "Folketing", "Eduskunta", "Althing", "Oireachtas", "Dáil", "Seanad", "Rada",
        "Verkhovna", "Jatiya", "Stortinget",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a ministry or department is for, written in lower case before its noun.</summary>
    private const string Portfolios =
        "foreign|defen[cs]e|state|finance|interior|justice|commerce|trade|health|education|economy|economic|energy|home|" +
        "agriculture|environment|culture|information|labou?r|transport|emergencies|emergency|security|intelligence|industry|" +
        "treasury|war|navy|foreign affairs|public security|state security|homeland security|national defen[cs]e";

    [GeneratedRegex(@"(?<![\p{L}\p{M}'’-])(?<state>\p{Lu}[\p{L}\p{M}.]*(?:[ ]\p{Lu}[\p{L}\p{M}.]*){0,2}?)(?<possessive>['’]s)?[ ]+(?<body>(?:" + Portfolios + @")[ ]+(?:ministry|department|office))\b")]
    private static partial Regex StateAndBody();

    /// <summary>The lower-case ministries in <paramref name="text"/>, each named "Demonym portfolio noun" or as written after a state name.</summary>
    public static IEnumerable<string> LowerCaseMinistries(string text)
    {
        if (!text.Contains(" ministry", StringComparison.Ordinal) && !text.Contains(" department", StringComparison.Ordinal) &&
            !text.Contains(" office", StringComparison.Ordinal))
        {
            yield break;
        }

        for (var m = StateAndBody().Match(text); m.Success; m = m.NextMatch())
        {
            var state = m.Groups["state"].Value;
            var country = Gazetteer.Find(state);
            while (country is null && state.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
            {
                state = state[(space + 1)..]; // "The US state department"
                country = Gazetteer.Find(state);
            }

            if (country is null)
            {
                continue;
            }

            // "China's foreign ministry" is "Chinese foreign ministry"; "US state department" is written so.
            var who = m.Groups["possessive"].Success && country.Demonyms.Count > 0 ? country.Demonyms[0] : state;
            yield return who + " " + m.Groups["body"].Value;
        }
    }

    /// <summary>
    /// "Foreign Ministry" after "China's": a body named only by generic words takes the state it belongs to ("Chinese
    /// Foreign Ministry"); null when <paramref name="org"/> is not generic or no state stands before it.
    /// </summary>
    public static string? WithItsState(string org, string text, int start)
    {
        var words = org.Split(' ');
        if (words.Length is < 2 or > 3 || !Words.OrgHeads.Contains(words[^1]) || words[..^1].Any(w => !PortfolioWord().IsMatch(w)))
        {
            return null;
        }

        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end < 3 || text[end - 1] != 's' || text[end - 2] is not '\'' and not '’')
        {
            return null;
        }

        // The state is the last one to three words before the possessive: "China's", "South Korea's".
        var owner = end - 2;
        var from = owner;
        Country? country = null;
        for (var n = 0; n < 3 && from > 0; n++)
        {
            var space = text.LastIndexOf(' ', from - 1);
            from = space + 1;
            if (!char.IsUpper(text[from]))
            {
                break;
            }

            country = Gazetteer.Find(text.AsSpan(from, owner - from)) ?? country;
            if (space < 0)
            {
                break;
            }

            from = space;
        }

        return country is { Demonyms.Count: > 0 } ? country.Demonyms[0] + " " + org : null;
    }

    [GeneratedRegex(@"^(?:Foreign|Defen[cs]e|State|Finance|Interior|Justice|Commerce|Trade|Health|Education|Economy|Energy|Home|Agriculture|Environment|Culture|Information|Labou?r|Transport|Emergencies|Emergency|Security|Intelligence|Industry|Treasury|War|Affairs|Public)$")]
    private static partial Regex PortfolioWord();
}
