using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefBot.Intake.Reading;

namespace BriefBot.Intake.Storing;

/// <summary>
/// What an article says, reduced so that the same article served by two sites is known: the body's words, lower case,
/// letters and digits only, accents dropped, headings left out; the first <see cref="Words"/> of them hashed. Titles
/// are left out on purpose: sites dress the same article's title differently.
/// </summary>
public static class ArticleFingerprint
{
    private const int Words = 400;

    public static string Of(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        var words = 0;
        foreach (var paragraph in article.Paragraphs.Where(p => !p.IsHeading))
        {
            foreach (var word in Normalised(paragraph.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (words++ == Words)
                {
                    return Hash(text);
                }

                text.Append(word).Append(' ');
            }
        }

        return Hash(text);
    }

    private static string Normalised(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            kept.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return kept.ToString();
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
