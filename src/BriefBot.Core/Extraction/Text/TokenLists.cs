namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// Word lists lent to one sentence at a time and taken back, per thread: extraction reads every sentence of the corpus
/// twice, and a new list per sentence was a sixth of everything a build allocated.
/// </summary>
internal static class TokenLists
{
    private const int Kept = 8;

    [ThreadStatic]
    private static Stack<List<Token>>? t_free;

    /// <summary>A list holding the words of <paramref name="text"/>; give it back with <see cref="Return"/> once nothing reads it.</summary>
    public static List<Token> Rent(string text)
    {
        var list = t_free is { Count: > 0 } free ? free.Pop() : new List<Token>();
        Tokenizer.TokenizeInto(text, list);
        return list;
    }

    public static void Return(List<Token> list)
    {
        var free = t_free ??= new Stack<List<Token>>(Kept);
        if (free.Count < Kept)
        {
            list.Clear();
            free.Push(list);
        }
    }
}
