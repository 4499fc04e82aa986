using BriefBot.Core.Text;

namespace BriefBot.Core.Replies;

/// <summary>Short helpers for building reply blocks.</summary>
public static class ReplyText
{
    public static Paragraph Line(params Span[] spans) => new(spans);

    public static Paragraph Line(string text) => new([new Span(text)]);

    public static Span Plain(string text) => new(text);

    public static Span Bold(string text) => new(text, SpanStyle.Bold);

    public static Span Italic(string text) => new(text, SpanStyle.Italic);

    public static Span Code(string text) => new(text, SpanStyle.Code);

    public static BulletList Bullets(IEnumerable<IReadOnlyList<Span>> items) => new(items.ToList());

    public static BulletList Bullets(IEnumerable<string> items) => new(items.Select(i => (IReadOnlyList<Span>)[new Span(i)]).ToList());

    /// <summary>"a, b, c and 4 more".</summary>
    public static string JoinWithMore(IReadOnlyCollection<string> items, int shown)
    {
        ArgumentNullException.ThrowIfNull(items);
        var head = string.Join(", ", items.Take(shown));
        return items.Count > shown ? $"{head} and {items.Count - shown} more" : head;
    }

    /// <summary>Cuts text at the end of a sentence or clause (else a word) and adds "…" when it is longer than <paramref name="max"/> (<see cref="ShownText.Clip"/>).</summary>
    public static string Clip(string text, int max) => ShownText.Clip(text, max);
}
