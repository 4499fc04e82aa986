using BriefBot.Core.Coordination;

namespace BriefBot.Storage.Postgres;

/// <summary>Each platform's last handled update id, one row per platform.</summary>
public sealed class PostgresUpdateOffsets(PostgresDatabase database, TimeProvider time) : IUpdateOffsets
{
    public async Task<long?> LoadAsync(string platform, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "SELECT last_update_id FROM update_offsets WHERE platform = @platform;", ("platform", platform));
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    public async Task SaveAsync(string platform, long lastHandledUpdateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(
            connection,
            null,
            """
            INSERT INTO update_offsets (platform, last_update_id, saved_at) VALUES (@platform, @id, @at)
            ON CONFLICT (platform) DO UPDATE SET last_update_id = excluded.last_update_id, saved_at = excluded.saved_at;
            """,
            ("platform", platform),
            ("id", lastHandledUpdateId),
            ("at", time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
