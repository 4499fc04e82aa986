using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace BriefBot.Intake.Reading;

/// <summary>The text of a PDF (PdfPig), page by page in content order; title and author from its information dictionary.</summary>
public static class PdfArticleReader
{
    public static ExtractedArticle Read(byte[] bytes, string fallbackTitle)
    {
        using var document = PdfDocument.Open(bytes);
        var paragraphs = new List<ExtractedParagraph>();
        var options = new ContentOrderTextExtractor.Options { SeparateParagraphsWithDoubleNewline = true, ReplaceWhitespaceWithSpace = true };
        foreach (var page in document.GetPages())
        {
            paragraphs.AddRange(TextCleaning.Paragraphs(ContentOrderTextExtractor.GetText(page, options)));
        }

        var info = document.Information;
        var title = TextCleaning.OneLine(info.Title);
        if (title.Length == 0 && paragraphs.Count > 0 && paragraphs[0].Text.Length <= 200)
        {
            title = paragraphs[0].Text;
        }

        if (paragraphs.Count > 0 && string.Equals(paragraphs[0].Text, title, StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        return new ExtractedArticle(title.Length == 0 ? fallbackTitle : title, TextCleaning.Authors(info.Author), PdfDate(info.CreationDate), null, paragraphs);
    }

    /// <summary>A PDF date "D:20240131..." as a date; null when it is not one.</summary>
    private static DateOnly? PdfDate(string? text)
    {
        var digits = text?.StartsWith("D:", StringComparison.Ordinal) == true ? text[2..] : text;
        return digits is { Length: >= 8 } && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
