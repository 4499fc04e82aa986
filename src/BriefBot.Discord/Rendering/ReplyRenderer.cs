using BriefBot.Core.Replies;
using BriefBot.Discord.Interactions;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as one or more Discord messages: a briefing becomes embeds
/// (title, description, one field per section part, sources in the footer), a short answer plain content.
/// Every message stays inside Discord's limits and carries <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
internal sealed class ReplyRenderer(ButtonCommandStore buttons)
{
    public IReadOnlyList<DiscordMessage> Render(Reply reply)
    {
        var messages = IsBriefing(reply) ? RenderEmbeds(reply) : RenderContent(reply);
        var components = RenderButtons(reply.Buttons);
        if (components.Count > 0)
        {
            messages[^1] = messages[^1] with { Components = components };
        }

        return messages;
    }

    private static bool IsBriefing(Reply reply) =>
        reply.Title is { Length: > 0 } || reply.Sections.Count > 0 || reply.Sources.Count > 0;

    private static List<DiscordMessage> RenderContent(Reply reply)
    {
        var pieces = TextSplitter.Split(DiscordMarkdown.Blocks(reply.Body), DiscordLimits.Content);
        return pieces.Count == 0
            ? [new DiscordMessage("…", null, null)]
            : pieces.Select(p => new DiscordMessage(p, null, null)).ToList();
    }

    private static List<DiscordMessage> RenderEmbeds(Reply reply)
    {
        var color = ColorFor(reply.Status);
        var footer = reply.Sources.Count == 0
            ? null
            : new EmbedFooter(TextSplitter.Truncate("Sources: " + string.Join("; ", reply.Sources), 1000));
        var reserve = footer?.Text.Length ?? 0;

        var embeds = new List<EmbedDraft>();
        var title = reply.Title is { Length: > 0 } t ? TextSplitter.Truncate(t, DiscordLimits.EmbedTitle) : null;
        var descriptions = TextSplitter.Split(DiscordMarkdown.Blocks(reply.Body), DiscordLimits.EmbedDescription);
        if (descriptions.Count == 0)
        {
            embeds.Add(new EmbedDraft(title, null));
        }

        for (var i = 0; i < descriptions.Count; i++)
        {
            embeds.Add(new EmbedDraft(i == 0 ? title : null, descriptions[i]));
        }

        foreach (var field in Fields(reply.Sections))
        {
            var last = embeds[^1];
            if (last.Fields.Count >= DiscordLimits.EmbedFields
                || last.Size + field.Name.Length + field.Value.Length + reserve > DiscordLimits.EmbedTotal)
            {
                last = new EmbedDraft(null, null);
                embeds.Add(last);
            }

            last.Fields.Add(field);
        }

        var built = embeds.Select((e, i) => e.Build(color, i == embeds.Count - 1 ? footer : null)).ToList();
        return Pack(built);
    }

    private static IEnumerable<EmbedField> Fields(IEnumerable<ReplySection> sections)
    {
        foreach (var section in sections)
        {
            var heading = TextSplitter.Truncate(section.Heading.Length > 0 ? section.Heading : "…", DiscordLimits.FieldName - 12);
            var parts = TextSplitter.Split(DiscordMarkdown.Blocks(section.Blocks), DiscordLimits.FieldValue);
            for (var i = 0; i < parts.Count; i++)
            {
                yield return new EmbedField(i == 0 ? heading : heading + " (continued)", parts[i]);
            }
        }
    }

    /// <summary>Puts embeds into as few messages as the 10-embed and 6,000-character limits allow.</summary>
    private static List<DiscordMessage> Pack(List<Embed> embeds)
    {
        var messages = new List<DiscordMessage>();
        var current = new List<Embed>();
        var size = 0;
        foreach (var embed in embeds)
        {
            if (current.Count == DiscordLimits.EmbedsPerMessage || size + embed.Size > DiscordLimits.EmbedTotal)
            {
                messages.Add(new DiscordMessage(null, current, null));
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += embed.Size;
        }

        messages.Add(new DiscordMessage(null, current, null));
        return messages;
    }

    private List<ActionRow> RenderButtons(IReadOnlyList<ReplyButton> replyButtons)
    {
        var distinct = replyButtons
            .DistinctBy(b => b.Command, StringComparer.Ordinal)
            .Take(DiscordLimits.ButtonsPerRow * DiscordLimits.Rows)
            .Select(b => new Button(
                TextSplitter.Truncate(b.Label.Length > 0 ? b.Label : b.Command, DiscordLimits.ButtonLabel),
                buttons.ToCustomId(b.Command),
                Style: 2))
            .ToList();
        return distinct.Chunk(DiscordLimits.ButtonsPerRow).Select(row => new ActionRow(row)).ToList();
    }

    private static int ColorFor(ReplyStatus status) => status switch
    {
        ReplyStatus.Ok => 0x2B6CB0,
        ReplyStatus.NotFound or ReplyStatus.Ambiguous => 0xD69E2E,
        _ => 0xC53030,
    };

    private sealed class EmbedDraft(string? title, string? description)
    {
        public List<EmbedField> Fields { get; } = [];

        public int Size => (title?.Length ?? 0) + (description?.Length ?? 0) + Fields.Sum(f => f.Name.Length + f.Value.Length);

        public Embed Build(int color, EmbedFooter? footer) =>
            new(title, description, Fields.Count == 0 ? null : Fields, footer, color);
    }
}
