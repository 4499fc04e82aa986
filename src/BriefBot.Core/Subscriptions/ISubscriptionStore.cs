namespace BriefBot.Core.Subscriptions;

/// <summary>Where subscriptions live. One subscription per chat (platform + chat id).</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> FindAsync(string platform, string chatId, CancellationToken cancellationToken);

    Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Creates the chat's subscription, or replaces topics, time and zone of the existing one and resumes it.</summary>
    Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken);

    /// <summary>Replaces only the topics (used by <c>/unsubscribe TOPIC</c>).</summary>
    Task<Subscription?> SetTopicsAsync(long id, IReadOnlyList<string> topicIds, CancellationToken cancellationToken);

    /// <returns>Whether there was a subscription to remove.</returns>
    Task<bool> DeleteAsync(string platform, string chatId, CancellationToken cancellationToken);

    /// <summary>Stops deliveries to a chat that refuses us; a later <c>/subscribe</c> resumes it.</summary>
    Task PauseAsync(long id, string reason, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);
}
