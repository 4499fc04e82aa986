using BriefBot.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage;

/// <summary>The delivery ledger in SQLite. Each change is one IMMEDIATE transaction, so two processes cannot both claim a day.</summary>
public sealed class SqliteDeliveryLedger(SqliteDatabase database) : IDeliveryLedger
{
    private const string Columns =
        "subscription_id, local_date, state, idempotency_key, attempts, retryable, attempted_at, finished_at, detail";

    public async Task<DeliveryRecord?> FindAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, subscriptionId, localDate, cancellationToken);
    }

    public async Task<DeliveryRecord?> TryBeginAsync(long subscriptionId, DateOnly localDate, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var existing = await FindAsync(connection, transaction, subscriptionId, localDate, cancellationToken);
        string sql;
        if (existing is null)
        {
            sql = """
                INSERT INTO deliveries (subscription_id, local_date, state, idempotency_key, attempts, retryable, attempted_at)
                VALUES ($id, $date, 'attempted', $key, 1, 0, $at);
                """;
        }
        else if (existing is { State: DeliveryState.Failed, Retryable: true })
        {
            sql = """
                UPDATE deliveries SET state = 'attempted', attempts = attempts + 1, retryable = 0, attempted_at = $at,
                    finished_at = NULL, idempotency_key = $key
                WHERE subscription_id = $id AND local_date = $date;
                """;
        }
        else
        {
            return null;
        }

        await using (var claim = SqlText.Command(
            connection,
            transaction,
            sql,
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)),
            ("$key", idempotencyKey),
            ("$at", SqlText.Instant(at))))
        {
            await claim.ExecuteNonQueryAsync(cancellationToken);
        }

        var claimed = await FindAsync(connection, transaction, subscriptionId, localDate, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task MarkSentAsync(long subscriptionId, DateOnly localDate, DigestItems items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var sent = SqlText.Command(
            connection,
            transaction,
            """
            UPDATE deliveries SET state = 'sent', retryable = 0, finished_at = $at, detail = $detail
            WHERE subscription_id = $id AND local_date = $date;
            """,
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)),
            ("$at", SqlText.Instant(at)),
            ("$detail", items.ReadingIds.Count == 0 ? "no reading items" : $"{items.ReadingIds.Count} reading items")))
        {
            await sent.ExecuteNonQueryAsync(cancellationToken);
        }

        if (items.RotationRestarted)
        {
            await using var clear = SqlText.Command(
                connection,
                transaction,
                "DELETE FROM received_readings WHERE platform = $platform AND chat_id = $chat;",
                ("$platform", items.Platform),
                ("$chat", items.ChatId));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var readingId in items.ReadingIds)
        {
            await using var received = SqlText.Command(
                connection,
                transaction,
                """
                INSERT INTO received_readings (platform, chat_id, reading_id, received_at) VALUES ($platform, $chat, $reading, $at)
                ON CONFLICT (platform, chat_id, reading_id) DO UPDATE SET received_at = excluded.received_at;
                """,
                ("$platform", items.Platform),
                ("$chat", items.ChatId),
                ("$reading", readingId),
                ("$at", SqlText.Instant(at)));
            await received.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(long subscriptionId, DateOnly localDate, string detail, bool retryable, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var failed = SqlText.Command(
            connection,
            null,
            """
            UPDATE deliveries SET state = 'failed', retryable = $retryable, finished_at = $at, detail = $detail
            WHERE subscription_id = $id AND local_date = $date;
            """,
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)),
            ("$retryable", retryable ? 1 : 0),
            ("$at", SqlText.Instant(at)),
            ("$detail", detail));
        await failed.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkUnknownAsync(long subscriptionId, DateOnly localDate, string detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var unknown = SqlText.Command(
            connection,
            null,
            """
            UPDATE deliveries SET state = 'unknown', retryable = 0, finished_at = $at, detail = $detail
            WHERE subscription_id = $id AND local_date = $date;
            """,
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)),
            ("$at", SqlText.Instant(at)),
            ("$detail", detail));
        await unknown.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var release = SqlText.Command(
            connection,
            null,
            """
            DELETE FROM deliveries WHERE subscription_id = $id AND local_date = $date AND state = 'attempted' AND attempts = 1;
            UPDATE deliveries SET state = 'failed', retryable = 1, attempts = attempts - 1, finished_at = attempted_at,
                detail = 'stopped before sending; sent after the restart'
            WHERE subscription_id = $id AND local_date = $date AND state = 'attempted';
            """,
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)));
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListInDoubtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqlText.Command(
            connection, null, $"SELECT {Columns} FROM deliveries WHERE state = 'attempted' ORDER BY attempted_at;");
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<DateTimeOffset?> LastSentBeforeAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqlText.Command(
            connection,
            null,
            $"SELECT {Columns} FROM deliveries WHERE subscription_id = $id AND local_date < $date AND state IN ('sent', 'unknown') ORDER BY local_date DESC LIMIT 1;",
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)));
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault()?.AttemptedAt;
    }

    private static async Task<DeliveryRecord?> FindAsync(
        SqliteConnection connection, SqliteTransaction? transaction, long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var command = SqlText.Command(
            connection,
            transaction,
            $"SELECT {Columns} FROM deliveries WHERE subscription_id = $id AND local_date = $date;",
            ("$id", subscriptionId),
            ("$date", SqlText.Date(localDate)));
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<DeliveryRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeliveryRecord(
                reader.GetInt64(0),
                SqlText.ReadDate(reader, 1),
                ParseState(reader.GetString(2)),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetInt64(5) == 1,
                SqlText.ReadInstant(reader, 6),
                SqlText.ReadOptionalInstant(reader, 7),
                SqlText.ReadOptionalString(reader, 8)));
        }

        return rows;
    }

    private static DeliveryState ParseState(string state) => state switch
    {
        "attempted" => DeliveryState.Attempted,
        "sent" => DeliveryState.Sent,
        "failed" => DeliveryState.Failed,
        "unknown" => DeliveryState.Unknown,
        _ => throw new InvalidOperationException($"Unknown delivery state '{state}' in the ledger."),
    };
}
