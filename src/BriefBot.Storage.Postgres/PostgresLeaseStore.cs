using BriefBot.Core.Coordination;

namespace BriefBot.Storage.Postgres;

/// <summary>Leases in one row each: taken when free or expired, renewed only by their holder; one statement, so two takers cannot both win.</summary>
public sealed class PostgresLeaseStore(PostgresDatabase database) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(
            connection,
            null,
            """
            INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.holder = excluded.holder OR leases.expires_at <= @now
            RETURNING holder;
            """,
            ("name", name),
            ("holder", holder),
            ("until", now + duration),
            ("now", now));
        return await command.ExecuteScalarAsync(cancellationToken) is string taken && taken == holder;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "DELETE FROM leases WHERE name = @name AND holder = @holder;", ("name", name), ("holder", holder));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
