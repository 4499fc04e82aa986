namespace BriefBot.Core.Coordination;

/// <summary>
/// A named lease held by one instance at a time (e.g. who long-polls Telegram). The holder renews it before it
/// expires; when it stops renewing, another instance takes it over once it has expired.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes or renews the lease until <paramref name="now"/> + <paramref name="duration"/>; false while another holder's lease runs.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up at once (a graceful stop), if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}
