namespace BriefBot.Core.Replies;

/// <summary>A block of reply text: a paragraph or a bulleted list.</summary>
public abstract record Block;

public sealed record Paragraph(IReadOnlyList<Span> Spans) : Block;

public sealed record BulletList(IReadOnlyList<IReadOnlyList<Span>> Items) : Block;

/// <summary>A run of text with one style. Text is raw: renderers escape it for their markup.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null);

[Flags]
public enum SpanStyle
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
