namespace BriefBot.Core.Ingestion;

/// <summary>
/// One block of a Markdown body as plain text: a heading (<see cref="HeadingLevel"/> 1–6) or a run of text lines —
/// a paragraph, a list item's paragraph, a quoted paragraph, the text of an HTML block, a footnote's paragraph.
/// </summary>
internal sealed record MarkdownBlock(List<ReadOnlyMemory<char>> Lines, int HeadingLevel = 0, bool Underlined = false)
{
    public bool IsHeading => HeadingLevel > 0;

    /// <summary>A "# Title" heading (not an underlined one), which can name the article.</summary>
    public bool IsTitleHeading => HeadingLevel == 1 && !Underlined;

    public string HeadingText => Lines.Count == 0 ? string.Empty : Lines[0].ToString();
}
