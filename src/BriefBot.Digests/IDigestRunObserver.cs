namespace BriefBot.Digests;

/// <summary>Told after each triggered delivery has settled and the next trigger is set (metrics, tests).</summary>
public interface IDigestRunObserver
{
    Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome);
}
