namespace BriefBot.Core.Ingestion;

/// <summary>What a format parser read from one file, before ids, hashes and sentences are added.</summary>
internal sealed class ParsedDocument
{
    public string Title { get; set; } = string.Empty;

    public List<string> Authors { get; } = [];

    public DateOnly? Date { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public DateTimeOffset? AddedAt { get; set; }

    public List<string> Tags { get; } = [];

    public List<RawParagraph> Paragraphs { get; } = [];
}

/// <param name="Text">A slice of the file's text, or a string made when lines were joined or marks removed.</param>
internal readonly record struct RawParagraph(ReadOnlyMemory<char> Text, bool IsHeading);

/// <summary>A file's content could not be understood; the message says why, for a person.</summary>
internal sealed class ContentFormatException(string message) : Exception(message);
