namespace BriefBot.Core.Ingestion;

/// <summary>
/// Takes page furniture (<see cref="PageFurniture"/>) out of a plain-text article's body, block by block, remembering
/// the lines before: the headlines listed under "More on this story:", and a video's headline shown again next to its
/// player line, go with it.
/// </summary>
internal sealed class FurnitureFilter(string title)
{
    private const int MinEchoLength = 12;

    private bool _otherStories;
    private string? _lastDropped;

    /// <summary>The block's lines that are the article; <paramref name="paragraphs"/> (the article so far) loses a last heading that only announced dropped furniture.</summary>
    public List<ReadOnlyMemory<char>> Keep(List<ReadOnlyMemory<char>> block, List<RawParagraph> paragraphs)
    {
        var kept = new List<ReadOnlyMemory<char>>(block.Count);
        foreach (var line in block)
        {
            var span = line.Span.Trim();
            if (_otherStories && PageFurniture.IsListedHeadline(span))
            {
                continue;
            }

            _otherStories = PageFurniture.IntroducesOtherStories(span);
            if (_otherStories)
            {
                continue;
            }

            if (PageFurniture.IsFurniture(span, title))
            {
                _lastDropped = span.ToString();
                if (kept.Count == 0 && paragraphs.Count > 0 && paragraphs[^1].IsHeading && Echoes(paragraphs[^1].Text.Span, _lastDropped))
                {
                    paragraphs.RemoveAt(paragraphs.Count - 1);
                }

                continue;
            }

            if (_lastDropped is not null && PageFurniture.IsListedHeadline(span) && Echoes(span, _lastDropped))
            {
                continue;
            }

            _lastDropped = null;
            kept.Add(line);
        }

        return kept;
    }

    private static bool Echoes(ReadOnlySpan<char> heading, string furniture) =>
        heading.Length >= MinEchoLength && furniture.Contains(heading, StringComparison.Ordinal);
}
