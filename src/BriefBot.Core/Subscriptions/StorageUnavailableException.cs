namespace BriefBot.Core.Subscriptions;

/// <summary>
/// The database cannot be opened right now (locked, read-only, corrupt, …): subscriptions and digests wait while the
/// storage keeps trying; every command that needs no database still answers.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
