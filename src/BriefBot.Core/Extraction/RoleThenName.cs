using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A role set before the name it describes, between commas: "The research director of the Harbour Institute, Jane Doe,
/// said ...", "Ruritania's ambassador to Freedonia, Mr Jan Novak." The role phrase is read as an apposition would be.
/// </summary>
internal static class RoleThenName
{
    /// <summary>Tried only where <see cref="LeadStarts"/> says its lead word may start.</summary>
    internal static readonly CuedStarts Pattern = new(new Regex(
        @"\G(?<lead>(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}\p{M}-]*['’]s)[ ]+(?:[\p{Ll}-]+['’]s[ ]+)?)(?<role>(?:(?!(?:said|says|told|its|his|her|their|and|or|of|to|in|on|at|by|for|with|from|that|who|which|is|was|as)[ ])[\p{L}-]+[ ]+){0,4}?" + Patterns.RoleNounsEitherFirst +
        @"(?:[ ]+(?:of|at|for|to|with|in)[ ]+[^,;:“”""()]{1,100}?)?),[ ]+(?<name>(?:\p{Lu}\p{Ll}{0,4}\.?[ ]+){0,2}" + Patterns.Name +
        @")(?=[ ]*(?:[,.;:]|$))",
        Patterns.Options), LeadStarts);

    public static void Find(SentenceView s, List<PersonHit> hits)
    {
        var text = s.Text;
        foreach (var m in Pattern.Matches(text))
        {
            if (PersonFinder.Clean(m.Groups["name"].ValueSpan) is not { } name)
            {
                continue;
            }

            var lead = m.Groups["lead"].Value;
            var possessive = lead.Contains('\'', StringComparison.Ordinal) || lead.Contains('’', StringComparison.Ordinal);
            if (possessive ? !Lexicon.Gazetteer.IsStateName(lead.TrimEnd()[..^2]) : char.IsUpper(lead[0]) || lead.TrimEnd() is "his" or "her" or "its" or "their")
            {
                lead = "the "; // "Doe's lawyer, Jane Roe", "his lawyer, Jane Roe", "the clinic's head, Jane Roe": no affiliation there
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

    /// <summary>
    /// Where the lead word of a match may start. A match ends its role at a comma that spaces and a capital follow, with
    /// none of , ; : ( ) or quotation marks before it back to its lead, and a role noun in that stretch no more than
    /// <see cref="LeadReach"/> words after the lead: so the leads are the words starting with a capital, t, a, h or i that
    /// come that close before a word ending like a role noun. Null when there is none.
    /// </summary>
    internal static List<int>? LeadStarts(string text)
    {
        if (!CommaBeforeCapital(text))
        {
            return null;
        }

        List<int>? starts = null;
        Span<int> words = stackalloc int[96];
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var after = comma + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after == text.Length || !char.IsUpper(text[after]))
            {
                continue;
            }

            // The words of the stretch, as their starts: the last 96 are enough, as a role noun ends at most about 50 words before the comma.
            var from = text.AsSpan(0, comma).LastIndexOfAny(Stops) + 1;
            var count = 0;
            for (var p = from; p < comma; p++)
            {
                if (text[p] != ' ' && (p == from || text[p - 1] == ' '))
                {
                    words[count++ % words.Length] = p;
                }
            }

            var first = Math.Max(0, count - words.Length);
            for (var k = first; k < count; k++)
            {
                var end = k + 1 < count ? text.AsSpan(0, words[(k + 1) % words.Length]).TrimEnd(' ').Length : comma;
                if (!EndsLikeARoleNoun(text.AsSpan(words[k % words.Length], end - words[k % words.Length])))
                {
                    continue;
                }

                // A lead may also start inside a word, after a mark that is no letter ("O’Brien’s").
                for (var p = words[Math.Max(first, k - LeadReach) % words.Length]; p < words[k % words.Length]; p++)
                {
                    if ((p == 0 || !char.IsLetter(text[p - 1])) && (char.IsUpper(text[p]) || text[p] is 't' or 'a' or 'h' or 'i'))
                    {
                        (starts ??= []).Add(p);
                    }
                }
            }
        }

        return starts is null ? null : CuedMatches.Ordered(starts);
    }

    /// <summary>Words from a lead to the last word of its role noun, at most: the lead and a possessive, four words, the noun's words.</summary>
    private static readonly int LeadReach = 2 + 4 + Patterns.LowerRoleNouns().Max(w => w.Count(c => c == ' ') + 1);

    private static bool EndsLikeARoleNoun(ReadOnlySpan<char> word)
    {
        var tail = word.Length;
        while (tail > 0 && char.IsLetter(word[tail - 1]))
        {
            tail--;
        }

        var letters = word[tail..];
        if (letters.IsEmpty)
        {
            return false;
        }

        if (Patterns.LowerRoleNounTails.Contains(letters))
        {
            return true;
        }

        if (!char.IsUpper(letters[0]))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[Math.Min(letters.Length, 64)];
        if (letters.Length > lowered.Length)
        {
            return false;
        }

        letters.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(lowered[0]);
        return Patterns.LowerRoleNounTails.Contains(lowered);
    }

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create(",;:()“”\"");

    /// <summary>Cue for <see cref="Pattern"/>: a comma, a space and a capital.</summary>
    internal static bool CommaBeforeCapital(string text)
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
