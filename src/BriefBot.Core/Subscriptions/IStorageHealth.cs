namespace BriefBot.Core.Subscriptions;

/// <summary>Whether the database is open, why not, and a way to wait until it is (digests start then).</summary>
public interface IStorageHealth
{
    bool IsAvailable { get; }

    /// <summary>One line saying why the database cannot be opened; null while it is available.</summary>
    string? Problem { get; }

    Task WaitUntilAvailableAsync(CancellationToken cancellationToken);
}
