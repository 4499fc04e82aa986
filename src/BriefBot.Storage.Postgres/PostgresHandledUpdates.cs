using BriefBot.Core.Coordination;

namespace BriefBot.Storage.Postgres;

/// <summary>Update ids taken in by any instance, kept two days (a platform re-delivers an update for at most one).</summary>
public sealed class PostgresHandledUpdates(PostgresDatabase database) : IHandledUpdates
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(2);

    private long _recorded;

    public async Task<bool> TryRecordAsync(string platform, long updateId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = Pg.Command(
            connection,
            null,
            "INSERT INTO handled_updates (platform, update_id, handled_at) VALUES (@platform, @id, @at) ON CONFLICT DO NOTHING;",
            ("platform", platform),
            ("id", updateId),
            ("at", at));
        var first = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (first && Interlocked.Increment(ref _recorded) % 1000 == 0)
        {
            await using var prune = Pg.Command(connection, null, "DELETE FROM handled_updates WHERE handled_at < @before;", ("before", at - KeptFor));
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        return first;
    }
}
