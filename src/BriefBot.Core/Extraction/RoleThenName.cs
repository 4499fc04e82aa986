using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A role set before the name it describes, between commas: "The research director of the Harbour Institute, Jane Doe,
/// said ...", "Ruritania's ambassador to Freedonia, Mr Jan Novak." The role phrase is read as an apposition would be.
/// </summary>
internal static class RoleThenName
{
    private static readonly Regex Pattern = new(
        @"(?<lead>(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\p{M}-]*['’]s)[ ]+)(?<role>(?:(?!(?:said|says|told|its|his|her|their|and|or|of|to|in|on|at|by|for|with|from|that|who|which|is|was|as)[ ])[\p{L}-]+[ ]+){0,4}?" + Patterns.RoleNounsEitherFirst +
        @"(?:[ ]+(?:of|at|for|to|with|in)[ ]+[^,;:“”""()]{1,100}?)?),[ ]+(?<name>(?:\p{Lu}\p{Ll}{0,4}\.?[ ]+){0,2}" + Patterns.Name +
        @")(?=[ ]*(?:[,.;:]|$))",
        Patterns.Options);

    public static void Find(SentenceView s, List<PersonHit> hits)
    {
        var text = s.Text;
        if (!CommaBeforeCapital(text))
        {
            return;
        }

        for (var m = Pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (PersonFinder.Clean(m.Groups["name"].ValueSpan) is not { } name)
            {
                continue;
            }

            var lead = m.Groups["lead"].Value;
            var possessive = lead.Contains('\'', StringComparison.Ordinal) || lead.Contains('’', StringComparison.Ordinal);
            if (possessive ? !Lexicon.Gazetteer.IsStateName(lead.TrimEnd()[..^2]) : char.IsUpper(lead[0]) || lead.TrimEnd() is "his" or "her" or "their")
            {
                lead = "the "; // "Doe's lawyer, Jane Roe", "his lawyer, Jane Roe": a person's possessive is no affiliation
            }

            var phrase = lead + m.Groups["role"].Value + ".";
            var roles = Apposition.Parse(phrase, 0, stopAtDash: false);
            if (roles.Count == 0)
            {
                continue;
            }

            var raw = m.Groups["name"].Value;
            var titled = !raw.StartsWith(name, StringComparison.Ordinal);
            var political = roles.Any(r => r.Political);
            hits.Add(new PersonHit(name, roles, political, s, Unconfirmed: !titled && !name.Contains(' ', StringComparison.Ordinal)));
        }
    }

    /// <summary>Cue for <see cref="Pattern"/>: a comma, a space and a capital.</summary>
    private static bool CommaBeforeCapital(string text)
    {
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            if (comma + 2 < text.Length && char.IsUpper(text[comma + 2]))
            {
                return true;
            }
        }

        return false;
    }
}
