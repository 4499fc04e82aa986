using BriefBot.Core.Replies;

namespace BriefBot.Digests.Tests.Fakes;

/// <summary>A reply flattened to plain text, for assertions on what a person would read.</summary>
internal static class FlatText
{
    public static string Of(Reply reply)
    {
        var lines = new List<string>();
        if (reply.Title is not null)
        {
            lines.Add(reply.Title);
        }

        AddBlocks(reply.Body, lines);
        foreach (var section in reply.Sections)
        {
            lines.Add(section.Heading);
            AddBlocks(section.Blocks, lines);
        }

        lines.AddRange(reply.Sources);
        return string.Join('\n', lines);
    }

    private static void AddBlocks(IEnumerable<Block> blocks, List<string> lines)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    lines.Add(string.Concat(p.Spans.Select(s => s.Text)));
                    break;
                case BulletList list:
                    lines.AddRange(list.Items.Select(item => "• " + string.Concat(item.Select(s => s.Text))));
                    break;
            }
        }
    }
}
