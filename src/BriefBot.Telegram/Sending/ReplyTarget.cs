namespace BriefBot.Telegram.Sending;

/// <summary>
/// Where an answer belongs in a busy chat: as a reply to the message that asked, and in its forum topic
/// (message_thread_id). Without the topic, Telegram would post the answer in the forum's General topic.
/// </summary>
public readonly record struct ReplyTarget(int? MessageId, int? TopicId);
