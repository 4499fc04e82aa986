using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

/// <summary>Brings a database to the newest schema: each missing step in its own transaction, recorded in schema_version.</summary>
internal sealed partial class SchemaMigrator(IReadOnlyList<Migration> migrations, TimeProvider time, ILogger logger)
{
    public async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await Execute(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await Execute(
            connection,
            null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken);

        var newest = migrations.Max(m => m.Version);
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            // BEGIN IMMEDIATE: a second process starting at the same moment waits here instead of applying the step twice.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
            if (current > newest)
            {
                // Damaged pages can read as any version: only an intact file is reported as newer.
                var check = await QuickCheckAsync(connection, transaction, cancellationToken);
                if (check != "ok")
                {
                    throw new CorruptDatabaseException($"the database file is corrupt (SQLite's check: {check})");
                }

                throw new NewerSchemaException(
                    $"The database is at schema version {current}, newer than this build knows ({newest}). Use a newer BriefBot or another Storage:ConnectionString.");
            }

            // By presence, not by "newer than the newest": a step numbered below one applied earlier (a branch's
            // migration merged later) is still applied.
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await Execute(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at);";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$description", migration.Description);
                record.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, migration.Version, migration.Description);
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_version;";
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task<string> QuickCheckAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA quick_check(1);";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "no answer";
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage schema migrated to version {Version}: {Description}")]
    private static partial void LogApplied(ILogger logger, int version, string description);
}
