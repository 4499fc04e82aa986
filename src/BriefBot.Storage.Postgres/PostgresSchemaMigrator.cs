using Microsoft.Extensions.Logging;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// Brings the database to the newest schema: each missing step in its own transaction, under an advisory lock so that
/// instances starting together apply each step once. A step is missing when its version is not recorded, so a step
/// numbered below one applied earlier is still applied.
/// </summary>
internal sealed partial class PostgresSchemaMigrator(IReadOnlyList<PostgresMigration> migrations, TimeProvider time, ILogger logger)
{
    /// <summary>Any fixed number: the lock that instances' migrations queue on.</summary>
    private const long MigrationLock = 0x42_72_69_65_66;

    public async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var newest = migrations.Max(m => m.Version);
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@lock);", ("lock", MigrationLock));
            await Execute(
                connection,
                transaction,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);");
            var applied = await AppliedAsync(connection, transaction, cancellationToken);
            if (applied.Count > 0 && applied.Max() > newest)
            {
                throw new InvalidOperationException(
                    $"The database is at schema version {applied.Max()}, newer than this build knows ({newest}). Use a newer BriefBot or another Storage:ConnectionString.");
            }

            if (applied.Contains(migration.Version))
            {
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            await Execute(connection, transaction, migration.Sql);
            await Execute(
                connection,
                transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at);",
                ("version", migration.Version),
                ("description", migration.Description),
                ("at", time.GetUtcNow()));
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, migration.Version, migration.Description);
        }

        async Task Execute(NpgsqlConnection c, NpgsqlTransaction t, string sql, params (string, object?)[] parameters)
        {
            await using var command = Pg.Command(c, t, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<HashSet<int>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Pg.Command(connection, transaction, "SELECT version FROM schema_version;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema migrated to version {Version}: {Description}")]
    private static partial void LogApplied(ILogger logger, int version, string description);
}
