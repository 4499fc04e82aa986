namespace BriefBot.Core.Ingestion;

/// <summary>What a format parser read from one file, before ids, hashes and sentences are added.</summary>
internal sealed class ParsedDocument
{
    public string Title { get; set; } = string.Empty;

    public List<string> Authors { get; } = [];

    public DateOnly? Date { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public List<string> Tags { get; } = [];

    public List<RawParagraph> Paragraphs { get; } = [];
}

internal readonly record struct RawParagraph(string Text, bool IsHeading);

/// <summary>A file's content could not be understood; the message says why, for a person.</summary>
internal sealed class ContentFormatException(string message) : Exception(message);
