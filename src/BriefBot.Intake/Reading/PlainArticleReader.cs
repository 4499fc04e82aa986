using BriefBot.Core.Ingestion;

namespace BriefBot.Intake.Reading;

/// <summary>
/// Markdown and plain text, read by the same parser as the content folder (front matter, headings, a "By" line, page
/// furniture), so a file added from the chat says what it would have said dropped into the folder.
/// </summary>
public static class PlainArticleReader
{
    public static ExtractedArticle Read(byte[] bytes, string fileName, long maxBytes)
    {
        var loaded = ContentFolderReader.Read([KeyValuePair.Create(fileName, bytes)], new ContentReaderOptions(maxBytes, MaxParallelism: 1));
        if (loaded.Rejected.Count > 0)
        {
            throw new IntakeRefusedException($"I could not read that file: {loaded.Rejected[0].Reason}.");
        }

        var article = loaded.Articles.Single();
        return new ExtractedArticle(
            TextCleaning.OneLine(article.Title),
            article.Authors,
            article.Date,
            article.Source,
            article.Paragraphs.Select(p => new ExtractedParagraph(TextCleaning.OneLine(p.Text), p.IsHeading)).Where(p => p.Text.Length > 0).ToList());
    }
}
