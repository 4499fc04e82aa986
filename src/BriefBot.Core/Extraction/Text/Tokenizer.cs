using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction.Text;

/// <summary>A word of a sentence: its text without possessive "'s", the folded form and where it sits.</summary>
public readonly record struct Token(string Raw, string Folded, int Start, int End, bool Possessive)
{
    public bool IsCapitalised => Raw.Length > 0 && char.IsUpper(Raw[0]);

    public bool IsAllCaps => Raw.Length > 1 && Raw.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Raw.Any(char.IsLetter);
}

/// <summary>Splits text into words: letters and digits, apostrophes inside words kept, '&amp;' read as "and".</summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(text))
        {
            var raw = m.Value;
            var end = m.Index + m.Length;
            if (raw == "&")
            {
                tokens.Add(new Token(raw, "and", m.Index, end, false));
                continue;
            }

            var possessive = false;
            if (raw.Length > 2 && (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) ||
                                   raw.EndsWith("'S", StringComparison.Ordinal) || raw.EndsWith("’S", StringComparison.Ordinal)))
            {
                raw = raw[..^2];
                possessive = true;
            }
            else if (end < text.Length && text[end] is '’' or '\'' && raw.EndsWith('s') && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])))
            {
                possessive = true; // plural possessive: "Sciences’"
            }

            tokens.Add(new Token(raw, Folding.Fold(raw), m.Index, end, possessive));
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|&")]
    private static partial Regex Word();
}
