using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBot.Intake.Reading;

/// <summary>
/// The text of a Word document (DocumentFormat.OpenXml): each paragraph of the body in order, paragraphs in a heading or
/// title style marked as headings; title, author and date from the core properties.
/// </summary>
public static class DocxArticleReader
{
    public static ExtractedArticle Read(byte[] bytes, string fallbackTitle)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        var paragraphs = new List<ExtractedParagraph>();
        string? styledTitle = null;
        foreach (var paragraph in body?.Descendants<Paragraph>() ?? [])
        {
            var text = TextCleaning.OneLine(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
            if (!text.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
            if (styledTitle is null && paragraphs.Count == 0 && style.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                styledTitle = text;
                continue;
            }

            paragraphs.Add(new ExtractedParagraph(text, style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)));
        }

        var properties = document.PackageProperties;
        var title = TextCleaning.OneLine(properties.Title);
        if (title.Length == 0)
        {
            title = styledTitle ?? string.Empty;
        }

        DateOnly? date = properties.Created is { } created ? DateOnly.FromDateTime(created) : null;
        return new ExtractedArticle(title.Length == 0 ? fallbackTitle : title, TextCleaning.Authors(properties.Creator), date, null, paragraphs);
    }
}
