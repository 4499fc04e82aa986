using System.Text;

namespace BriefBot.Core.Replies;

/// <summary>Renders a reply as plain text: the console's format, and the yardstick for a reply's length.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        if (reply.Title is not null)
        {
            text.AppendLine(reply.Title);
        }

        AppendBlocks(text, reply.Body);
        foreach (var section in reply.Sections)
        {
            text.AppendLine();
            text.Append(section.Heading).AppendLine(":");
            AppendBlocks(text, section.Blocks);
        }

        if (reply.Sources.Count > 0)
        {
            text.AppendLine();
            text.Append("Sources: ").AppendLine(string.Join("; ", reply.Sources));
        }

        for (var i = 0; i < reply.Buttons.Count; i++)
        {
            text.Append(i == 0 ? "\n" : string.Empty).Append("  [").Append(i + 1).Append("] ")
                .Append(reply.Buttons[i].Label).Append("  →  ").AppendLine(reply.Buttons[i].Command);
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendBlocks(StringBuilder text, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.AppendLine(Spans(paragraph.Spans));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        text.Append("• ").AppendLine(Spans(item));
                    }

                    break;
            }
        }
    }

    private static string Spans(IEnumerable<Span> spans) =>
        string.Concat(spans.Select(s => s.Url is null ? s.Text : $"{s.Text} ({s.Url})"));
}
