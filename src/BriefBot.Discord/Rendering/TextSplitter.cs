namespace BriefBot.Discord.Rendering;

/// <summary>Cuts text into pieces of at most a given length, preferring paragraph, line, then word boundaries.</summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = BestCut(rest, limit);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>Shortens to the limit with an ellipsis.</summary>
    public static string Truncate(string text, int limit) =>
        text.Length <= limit ? text : text[..(limit - 1)].TrimEnd() + "…";

    private static int BestCut(string text, int limit)
    {
        var window = text[..limit];
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > limit / 2)
            {
                return at;
            }
        }

        // Never cut a UTF-16 surrogate pair or leave a lone escaping backslash at the end.
        var cut = limit;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        if (text[cut - 1] == '\\')
        {
            cut--;
        }

        return cut;
    }
}
