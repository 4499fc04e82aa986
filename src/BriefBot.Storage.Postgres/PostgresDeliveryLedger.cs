using BriefBot.Core.Subscriptions;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// The delivery ledger in PostgreSQL. A claim is one statement (insert, or re-open a retryable failure, else nothing),
/// so instances racing for the same day cannot both get it.
/// </summary>
public sealed class PostgresDeliveryLedger(PostgresDatabase database) : IDeliveryLedger
{
    private const string Columns =
        "subscription_id, local_date, state, idempotency_key, attempts, retryable, attempted_at, finished_at, detail";

    public async Task<DeliveryRecord?> FindAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(
            connection,
            null,
            $"SELECT {Columns} FROM deliveries WHERE subscription_id = @id AND local_date = @date;",
            ("id", subscriptionId),
            ("date", localDate));
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<DeliveryRecord?> TryBeginAsync(long subscriptionId, DateOnly localDate, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var claim = Pg.Command(
            connection,
            null,
            $"""
            INSERT INTO deliveries (subscription_id, local_date, state, idempotency_key, attempts, retryable, attempted_at)
            VALUES (@id, @date, 'attempted', @key, 1, false, @at)
            ON CONFLICT (subscription_id, local_date) DO UPDATE SET
                state = 'attempted', attempts = deliveries.attempts + 1, retryable = false, attempted_at = excluded.attempted_at,
                finished_at = NULL, idempotency_key = excluded.idempotency_key
            WHERE deliveries.state = 'failed' AND deliveries.retryable
            RETURNING {Columns};
            """,
            ("id", subscriptionId),
            ("date", localDate),
            ("key", idempotencyKey),
            ("at", at));
        return (await ReadAllAsync(claim, cancellationToken)).SingleOrDefault();
    }

    public async Task MarkSentAsync(long subscriptionId, DateOnly localDate, DigestItems items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            transaction,
            "UPDATE deliveries SET state = 'sent', retryable = false, finished_at = @at, detail = @detail WHERE subscription_id = @id AND local_date = @date;",
            cancellationToken,
            ("id", subscriptionId),
            ("date", localDate),
            ("at", at),
            ("detail", items.ReadingIds.Count == 0 ? "no reading items" : $"{items.ReadingIds.Count} reading items"));
        if (items.RotationRestarted)
        {
            await ExecuteAsync(
                connection,
                transaction,
                "DELETE FROM received_readings WHERE platform = @platform AND chat_id = @chat;",
                cancellationToken,
                ("platform", items.Platform),
                ("chat", items.ChatId));
        }

        foreach (var readingId in items.ReadingIds)
        {
            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO received_readings (platform, chat_id, reading_id, received_at) VALUES (@platform, @chat, @reading, @at)
                ON CONFLICT (platform, chat_id, reading_id) DO UPDATE SET received_at = excluded.received_at;
                """,
                cancellationToken,
                ("platform", items.Platform),
                ("chat", items.ChatId),
                ("reading", readingId),
                ("at", at));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(long subscriptionId, DateOnly localDate, string detail, bool retryable, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE deliveries SET state = 'failed', retryable = @retryable, finished_at = @at, detail = @detail WHERE subscription_id = @id AND local_date = @date;",
            cancellationToken,
            ("id", subscriptionId),
            ("date", localDate),
            ("retryable", retryable),
            ("at", at),
            ("detail", detail));
    }

    public async Task MarkUnknownAsync(long subscriptionId, DateOnly localDate, string detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE deliveries SET state = 'unknown', retryable = false, finished_at = @at, detail = @detail WHERE subscription_id = @id AND local_date = @date;",
            cancellationToken,
            ("id", subscriptionId),
            ("date", localDate),
            ("at", at),
            ("detail", detail));
    }

    public async Task ReleaseAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            transaction,
            "DELETE FROM deliveries WHERE subscription_id = @id AND local_date = @date AND state = 'attempted' AND attempts = 1;",
            cancellationToken,
            ("id", subscriptionId),
            ("date", localDate));
        await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE deliveries SET state = 'failed', retryable = true, attempts = attempts - 1, finished_at = attempted_at,
                detail = 'stopped before sending; sent after the restart'
            WHERE subscription_id = @id AND local_date = @date AND state = 'attempted';
            """,
            cancellationToken,
            ("id", subscriptionId),
            ("date", localDate));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListInDoubtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, $"SELECT {Columns} FROM deliveries WHERE state = 'attempted' ORDER BY attempted_at;");
        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Pg.Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<DeliveryRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeliveryRecord(
                reader.GetInt64(0),
                reader.GetFieldValue<DateOnly>(1),
                ParseState(reader.GetString(2)),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetBoolean(5),
                Pg.ReadInstant(reader, 6),
                Pg.ReadOptionalInstant(reader, 7),
                Pg.ReadOptionalString(reader, 8)));
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
