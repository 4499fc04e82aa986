namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// The strings of words this thread has already seen, shared so that the commonest words ("the", "of", "said") are not
/// copied and folded again for every sentence. Only the first few thousand short words are kept, so it stays small.
/// </summary>
internal static class WordStrings
{
    private const int MaxWords = 4096;
    private const int MaxLength = 16;

    [ThreadStatic]
    private static Dictionary<string, string>? t_foldedByRaw;

    /// <summary>The word as a string and its folded form (<see cref="Folding.Fold"/>).</summary>
    public static (string Raw, string Folded) Get(ReadOnlySpan<char> word)
    {
        var cache = t_foldedByRaw ??= new Dictionary<string, string>(MaxWords, StringComparer.Ordinal);
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var raw, out var folded))
        {
            return (raw, folded);
        }

        raw = word.ToString();
        folded = Folding.Fold(raw);
        if (word.Length <= MaxLength && cache.Count < MaxWords)
        {
            cache[raw] = folded;
        }

        return (raw, folded);
    }
}
