using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage;

/// <summary>A database the host opens and migrates at start (and retries while it cannot), whichever the provider.</summary>
public interface IStorageDatabase : IStorageHealth, BriefBot.Core.Subscriptions.IDatabaseProbe
{
    /// <summary>Where it is, for logs and /stats (a file, or a host and database name; never a password).</summary>
    string DataSource { get; }

    /// <exception cref="StorageUnavailableException">The database could not be opened (see <see cref="IStorageHealth.Problem"/>).</exception>
    Task MigrateAsync(CancellationToken cancellationToken);
}
