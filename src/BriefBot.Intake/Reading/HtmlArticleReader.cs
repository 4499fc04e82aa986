using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace BriefBot.Intake.Reading;

/// <summary>
/// The article in a web page, as SmartReader (a port of Mozilla's Readability) finds it: title, byline, date, site
/// name, and the main text without navigation, sharing buttons and the rest of the page's furniture.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6", "DD", "DT", "FIGCAPTION", "TD", "TH",
    };

    /// <summary>The article, or null when the page holds no article text.</summary>
    public static ExtractedArticle? Read(string html, Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var reader = new Reader(address.AbsoluteUri, html) { Debug = false, Logging = ReportLevel.Issue };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var paragraphs = ParagraphsOf(article.Content);
        var title = TextCleaning.OneLine(article.Title);
        // The page's title often comes again as the first heading of the text.
        if (paragraphs.Count > 0 && paragraphs[0].IsHeading && string.Equals(paragraphs[0].Text, title, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(0);
        }

        var authors = TextCleaning.Authors(string.IsNullOrWhiteSpace(article.Author) ? article.Byline : article.Author);
        DateOnly? date = article.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null;
        var site = TextCleaning.OneLine(article.SiteName);
        return new ExtractedArticle(title, authors, date, site.Length == 0 ? address.Host : site, paragraphs);
    }

    /// <summary>The text of each block element that holds no other block, in document order.</summary>
    internal static List<ExtractedParagraph> ParagraphsOf(string contentHtml)
    {
        var document = new HtmlParser().ParseDocument(contentHtml);
        var paragraphs = new List<ExtractedParagraph>();
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (!Blocks.Contains(element.TagName) || element.QuerySelectorAll(string.Join(',', Blocks)).Length > 0)
            {
                continue;
            }

            var text = TextCleaning.OneLine(element.TextContent);
            if (text.Any(char.IsLetterOrDigit))
            {
                paragraphs.Add(new ExtractedParagraph(text, element.TagName.Length == 2 && element.TagName[0] == 'H' && char.IsDigit(element.TagName[1])));
            }
        }

        if (paragraphs.Count == 0)
        {
            // Text not wrapped in blocks at all (a bare <div> of lines).
            paragraphs.AddRange(TextCleaning.Paragraphs(document.Body?.TextContent ?? string.Empty));
        }

        return paragraphs;
    }
}
