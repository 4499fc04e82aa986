namespace BriefBot.Intake.Reading;

/// <summary>An article as read from a page or a file, before it is stored: what the front matter and body will say.</summary>
/// <param name="Paragraphs">Body text in order, each one paragraph on one line; headings marked.</param>
public sealed record ExtractedArticle(
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly? Date,
    string? Source,
    IReadOnlyList<ExtractedParagraph> Paragraphs)
{
    /// <summary>Words in the body, headings left out.</summary>
    public int WordCount => Paragraphs.Where(p => !p.IsHeading).Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}

public sealed record ExtractedParagraph(string Text, bool IsHeading = false);
