using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Runs an expression of the form <c>(?&lt;![\p{L}\p{M}'’-])Name[ ]+of[ ]+(?:the[ ]+)?\p{Lu}...[ ]*,?[ ]+verb\b</c> (a name,
/// "of", an organisation and a verb, all made of letters, marks, '&amp;', '-', spaces and a comma) only around each " of ".
/// </summary>
/// <remarks>
/// A name holds no "of", so a match's name ends right before the first " of " after its start. Each " of " that has a
/// capital in the word before it and starts a capitalised word after it (after any "the") is tried in order, on a window
/// from the start of the name run before it (<see cref="NameRuns.Start"/>) to the first character after it that the
/// rest of the expression cannot read, which is kept so that the final \b sees it: the first window that matches holds the
/// match a scan of the whole sentence would find first.
/// </remarks>
internal static class NamesOfOrganisations
{
    /// <summary>The first match of <paramref name="expression"/> in <paramref name="text"/> starting at or after <paramref name="from"/>.</summary>
    public static Match Next(Regex expression, string text, int from)
    {
        for (var of = text.IndexOf(" of ", from, StringComparison.Ordinal); of >= 0; of = text.IndexOf(" of ", of + 1, StringComparison.Ordinal))
        {
            var after = NameRuns.AfterSpaces(text, of + 4);
            if (text.AsSpan(after).StartsWith("the ", StringComparison.Ordinal) && !IsCapitalAt(text, after))
            {
                after = NameRuns.AfterSpaces(text, after + 4);
            }

            if (!IsCapitalAt(text, after))
            {
                continue;
            }

            var start = NameRuns.Start(text, from, of + 1);
            if (start < 0)
            {
                continue;
            }

            var end = after;
            while (end < text.Length && IsOrganisationChar(text[end]))
            {
                end++;
            }

            end = Math.Min(end + 1, text.Length);
            var m = expression.Match(text, start, end - start);
            if (m.Success)
            {
                return m;
            }
        }

        return Match.Empty;
    }

    private static bool IsCapitalAt(string text, int i) => i < text.Length && char.IsUpper(text[i]);

    private static bool IsOrganisationChar(char c) =>
        char.IsLetter(c) || c is ' ' or ',' or '&' or '-' || WordChars.IsMark(c);
}
