using System.Globalization;
using BriefBot.Core.Commands;

namespace BriefBot.Storage;

/// <summary>/stats for admins: whether the database is open, and if not why and when it is tried next.</summary>
internal sealed class StorageStats(IStorageDatabase database, StorageMigrationService opening) : IStatsContributor
{
    public Task<IReadOnlyList<StatLine>> GetAsync(bool forAdmin, CancellationToken cancellationToken)
    {
        if (!forAdmin)
        {
            return Task.FromResult<IReadOnlyList<StatLine>>([]);
        }

        var value = database.IsAvailable
            ? "open"
            : database.Problem is { } problem
                ? $"unavailable: {problem}" + (opening.NextTryAt is { } next ? string.Create(CultureInfo.InvariantCulture, $"; next try {next:HH:mm:ss} UTC") : string.Empty)
                : "not opened yet";
        return Task.FromResult<IReadOnlyList<StatLine>>([new StatLine("Database", value)]);
    }
}
