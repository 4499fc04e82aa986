using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Briefings;

/// <summary>Which finished reply <see cref="ComposedReplies"/> keeps: an entity's briefing, a page of its reading, or the newest reading of all.</summary>
public readonly record struct ReplyKey
{
    private ReplyKey(ComposedReplyKind kind, string entityId, int page)
    {
        Kind = kind;
        EntityId = entityId;
        Page = page;
    }

    public ComposedReplyKind Kind { get; }

    /// <summary>The entity the reply is on; empty for <see cref="ComposedReplyKind.AllReading"/>.</summary>
    public string EntityId { get; }

    /// <summary>The page of a reading list, from 1; 0 for a briefing.</summary>
    public int Page { get; }

    public static ReplyKey AllReading { get; } = new(ComposedReplyKind.AllReading, string.Empty, 1);

    public static ReplyKey Briefing(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(ComposedReplyKind.Briefing, entity.Id, 0);
    }

    public static ReplyKey Reading(Entity topic, int page)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return new(ComposedReplyKind.Reading, topic.Id, page);
    }
}

public enum ComposedReplyKind
{
    Briefing,
    Reading,
    AllReading,
}
