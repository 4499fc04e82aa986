namespace BriefBot.Core.Extraction;

/// <summary>
/// Words that may come before a role but are no part of it: determiners ("another lawyer") and ages
/// ("30-year-old student", or "-year-old student" when the number was not read as part of the phrase).
/// </summary>
internal static class RoleLead
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "another", "one" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The role without the determiners and ages it starts with; the role itself when nothing is left after them.</summary>
    public static string Trim(string role)
    {
        var start = 0;
        while (start < role.Length)
        {
            var space = role.IndexOf(' ', start);
            if (space < 0)
            {
                break;
            }

            var word = role.AsSpan(start, space - start);
            if (!Determiners.Contains(word) && !IsAge(word))
            {
                break;
            }

            start = space + 1;
        }

        return start == 0 ? role : role[start..];
    }

    /// <summary>An age written as one word: "30-year-old", "-year-old".</summary>
    public static bool IsAge(ReadOnlySpan<char> word) =>
        word.EndsWith("-old", StringComparison.OrdinalIgnoreCase) && word.Contains("year", StringComparison.OrdinalIgnoreCase);
}
