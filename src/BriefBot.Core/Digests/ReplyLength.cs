using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>How long a reply reads as one message: its text plus a few characters per block and item for layout.</summary>
public static class ReplyLength
{
    public static int Of(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var length = (reply.Title?.Length ?? 0) + 2;
        length += Blocks(reply.Body);
        foreach (var section in reply.Sections)
        {
            length += section.Heading.Length + 2 + Blocks(section.Blocks);
        }

        length += reply.Sources.Sum(s => s.Length + 3);
        return length;
    }

    private static int Blocks(IEnumerable<Block> blocks) => blocks.Sum(block => block switch
    {
        Paragraph p => Spans(p.Spans) + 2,
        BulletList list => list.Items.Sum(item => Spans(item) + 3),
        _ => 0,
    });

    // Markup (bold, italic, links) costs a few characters per span once rendered.
    private static int Spans(IEnumerable<Span> spans) => spans.Sum(s => s.Text.Length + (s.Style == SpanStyle.Plain ? 0 : 4) + (s.Url?.Length ?? 0));
}
