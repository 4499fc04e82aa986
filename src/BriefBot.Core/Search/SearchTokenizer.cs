using BriefBot.Core.Text;

namespace BriefBot.Core.Search;

/// <summary>Words for full-text search: folded, stop words dropped, plurals reduced (an "S" stemmer).</summary>
public static class SearchTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "its", "from", "has", "have", "had", "been", "which", "who", "whom", "what", "when", "where",
        "we", "our", "you", "your", "he", "she", "his", "her", "them", "than", "so", "can", "could", "would", "should",
        "do", "does", "did", "were", "about", "also", "more", "most", "over", "between", "after", "before",
    };

    public static IEnumerable<string> Terms(string text)
    {
        foreach (var word in TextFolding.Words(TextFolding.Fold(text)))
        {
            if (!StopWords.Contains(word))
            {
                yield return Stem(word);
            }
        }
    }

    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("aes", StringComparison.Ordinal) && !word.EndsWith("ees", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('u' or 's'))
        {
            return word[..^1];
        }

        return word;
    }
}
