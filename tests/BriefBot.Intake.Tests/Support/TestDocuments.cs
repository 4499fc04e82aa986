using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BriefBot.Intake.Tests.Support;

/// <summary>PDF and Word files made by the tests themselves, holding the test article.</summary>
internal static class TestDocuments
{
    /// <summary>A PDF written with PdfPig: title and author in its information dictionary, the text wrapped by hand.</summary>
    public static byte[] Pdf(string title = TestArticles.Title)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = TestArticles.Author;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var paragraph in TestArticles.Paragraphs)
        {
            foreach (var line in Wrap(paragraph.Replace('“', '"').Replace('”', '"'), 85))
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 15;
            }

            y -= 18;
        }

        return builder.Build();
    }

    /// <summary>A Word document written with OpenXml: a Title-styled first paragraph, a heading, the paragraphs.</summary>
    public static byte[] Docx(string title = TestArticles.Title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(Styled(title, "Title"));
            body.Append(new Paragraph(new Run(new Text(TestArticles.Paragraphs[0]))));
            body.Append(Styled("What the experts say", "Heading1"));
            foreach (var paragraph in TestArticles.Paragraphs.Skip(1))
            {
                // Two runs in one paragraph, as Word writes text that changed format midway.
                var half = paragraph.IndexOf(' ', paragraph.Length / 2);
                body.Append(new Paragraph(
                    new Run(new Text(paragraph[..half]) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold()), new Text(paragraph[half..]) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            document.PackageProperties.Creator = TestArticles.Author;
            document.PackageProperties.Created = new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}

/// <summary>A document as a chat platform would hand it over: bytes in memory, read within the limit.</summary>
internal sealed class MemoryDocument(string fileName, byte[] bytes, long? size = null) : BriefBot.Core.Commands.IIncomingDocument
{
    public string FileName => fileName;

    public long? Size => size ?? bytes.Length;

    public int Reads { get; private set; }

    public Task<byte[]> ReadAsync(long maxBytes, CancellationToken cancellationToken)
    {
        Reads++;
        return bytes.Length > maxBytes
            ? throw new BriefBot.Core.Commands.DocumentRefusedException("too large")
            : Task.FromResult(bytes);
    }
}
