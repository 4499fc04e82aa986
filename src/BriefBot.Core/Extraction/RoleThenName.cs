using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A role set before the name it describes, between commas: "The research director of the Harbour Institute, Jane Doe,
/// said ...", "Ruritania's ambassador to Freedonia, Mr Jan Novak." The role phrase is read as an apposition would be.
/// </summary>
internal static class RoleThenName
{
    private static readonly Regex Pattern = new(
        @"(?<lead>(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}\p{M}-]*['’]s)[ ]+)(?<role>(?:[\p{L}-]+[ ]+){0,4}?" + Patterns.RoleNounsLower +
        @"(?:[ ]+(?:of|at|for|to|with|in)[ ]+[^,;:“”""()]{1,100}?)?),[ ]+(?<name>(?:\p{Lu}\p{Ll}{0,4}\.?[ ]+){0,2}" + Patterns.Name +
        @")(?=[ ]*(?:[,.;:]|$))",
        Patterns.Options);

    public static void Find(SentenceView s, List<PersonHit> hits)
    {
        var text = s.Text;
        if (!text.Contains(", ", StringComparison.Ordinal))
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
            var phrase = (char.IsUpper(lead[0]) && lead.Contains('\'') == false && lead.Contains('’') == false ? lead.ToLowerInvariant() : lead) + m.Groups["role"].Value + ".";
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
}
