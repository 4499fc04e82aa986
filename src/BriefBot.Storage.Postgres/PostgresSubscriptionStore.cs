using BriefBot.Core.Subscriptions;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>Subscriptions in PostgreSQL: one row per chat, its topics in order in subscription_topics.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database) : ISubscriptionStore
{
    private const string Columns =
        "id, platform, chat_id, time_of_day, time_zone, created_by, created_at, changed_at, paused, paused_reason";

    public async Task<Subscription?> FindAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await QueryAsync(
            connection,
            $"SELECT {Columns} FROM subscriptions WHERE platform = @platform AND chat_id = @chat;",
            [("platform", platform), ("chat", chatId)],
            cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await QueryAsync(connection, $"SELECT {Columns} FROM subscriptions WHERE id = @id;", [("id", id)], cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            long id;
            await using (var upsert = Pg.Command(
                connection,
                transaction,
                """
                INSERT INTO subscriptions (platform, chat_id, time_of_day, time_zone, created_by, created_at, changed_by, changed_at, paused, paused_reason)
                VALUES (@platform, @chat, @time, @zone, @by, @at, @by, @at, false, NULL)
                ON CONFLICT (platform, chat_id) DO UPDATE SET
                    time_of_day = excluded.time_of_day,
                    time_zone = excluded.time_zone,
                    changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at,
                    paused = false,
                    paused_reason = NULL
                RETURNING id;
                """,
                ("platform", request.Platform),
                ("chat", request.ChatId),
                ("time", Pg.TimeOfDay(request.TimeOfDay)),
                ("zone", request.TimeZoneId),
                ("by", request.RequestedBy),
                ("at", request.RequestedAt)))
            {
                id = (long)(await upsert.ExecuteScalarAsync(cancellationToken))!;
            }

            await ReplaceTopicsAsync(connection, transaction, id, request.TopicIds, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return (await FindAsync(request.Platform, request.ChatId, cancellationToken))!;
    }

    public async Task<Subscription?> SetTopicsAsync(long id, IReadOnlyList<string> topicIds, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ReplaceTopicsAsync(connection, transaction, id, topicIds, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var delete = Pg.Command(
            connection, null, "DELETE FROM subscriptions WHERE platform = @platform AND chat_id = @chat;", ("platform", platform), ("chat", chatId));
        return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task PauseAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var pause = Pg.Command(
            connection, null, "UPDATE subscriptions SET paused = true, paused_reason = @reason WHERE id = @id;", ("id", id), ("reason", reason));
        await pause.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, $"SELECT {Columns} FROM subscriptions WHERE NOT paused ORDER BY id;", [], cancellationToken);
    }

    private static async Task ReplaceTopicsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long id, IReadOnlyList<string> topicIds, CancellationToken cancellationToken)
    {
        await using (var clear = Pg.Command(connection, transaction, "DELETE FROM subscription_topics WHERE subscription_id = @id;", ("id", id)))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        var position = 0;
        foreach (var topicId in topicIds.Distinct(StringComparer.Ordinal))
        {
            await using var insert = Pg.Command(
                connection,
                transaction,
                "INSERT INTO subscription_topics (subscription_id, position, entity_id) VALUES (@id, @position, @entity);",
                ("id", id),
                ("position", position++),
                ("entity", topicId));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<Subscription>> QueryAsync(
        NpgsqlConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var rows = new List<Subscription>();
        await using (var command = Pg.Command(connection, null, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new Subscription(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    [],
                    Pg.ReadTimeOfDay(reader, 3),
                    reader.GetString(4),
                    reader.GetString(5),
                    Pg.ReadInstant(reader, 6),
                    Pg.ReadInstant(reader, 7),
                    reader.GetBoolean(8),
                    Pg.ReadOptionalString(reader, 9)));
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        var topics = new Dictionary<long, List<string>>();
        await using (var command = Pg.Command(
            connection,
            null,
            "SELECT subscription_id, entity_id FROM subscription_topics WHERE subscription_id = ANY(@ids) ORDER BY subscription_id, position;",
            ("ids", rows.Select(r => r.Id).ToArray())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                if (!topics.TryGetValue(id, out var list))
                {
                    topics[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        return rows.Select(r => r with { TopicIds = topics.GetValueOrDefault(r.Id) ?? [] }).ToList();
    }
}
