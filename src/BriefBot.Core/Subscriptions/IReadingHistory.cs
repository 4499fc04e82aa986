namespace BriefBot.Core.Subscriptions;

/// <summary>Which reading items each chat has already received in its digests (current rotation).</summary>
public interface IReadingHistory
{
    Task<IReadOnlySet<string>> ReceivedAsync(string platform, string chatId, CancellationToken cancellationToken);
}
