namespace BriefBot.Core.Subscriptions;

/// <summary>Told when a chat's subscription is created, changed or removed, so the scheduler can follow.</summary>
public interface ISubscriptionChangeObserver
{
    /// <param name="subscription">The subscription as it now is; null when it was removed.</param>
    Task SubscriptionChangedAsync(string platform, string chatId, Subscription? subscription, CancellationToken cancellationToken);
}
