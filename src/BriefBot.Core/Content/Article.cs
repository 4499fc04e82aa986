namespace BriefBot.Core.Content;

/// <summary>One article as read from the content folder, before extraction.</summary>
/// <param name="Id">Stable id: the file name without extension, lower-cased.</param>
/// <param name="Path">Path relative to the content folder.</param>
/// <param name="Paragraphs">Body paragraphs in order; headings are kept as paragraphs with <see cref="ArticleParagraph.IsHeading"/>.</param>
/// <param name="ContentHash">Hash of the raw bytes, so a reload can tell changed files from unchanged ones.</param>
public sealed record Article(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly? Date,
    string? Source,
    string? Url,
    IReadOnlyList<string> Tags,
    string Path,
    IReadOnlyList<ArticleParagraph> Paragraphs,
    string ContentHash)
{
    public string? Author => Authors.Count == 0 ? null : string.Join(", ", Authors);

    /// <summary>When an admin added it (front matter <c>added_at</c>, written by /add and feeds); null for other files.</summary>
    public DateTimeOffset? AddedAt { get; init; }
}
