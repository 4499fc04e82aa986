using BriefBot.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage;

/// <summary>Subscriptions in SQLite: one row per chat, its topics in order in subscription_topics.</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Columns =
        "id, platform, chat_id, time_of_day, time_zone, created_by, created_at, changed_at, paused, paused_reason";

    public async Task<Subscription?> FindAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await QueryAsync(
            connection,
            $"SELECT {Columns} FROM subscriptions WHERE platform = $platform AND chat_id = $chat;",
            [("$platform", platform), ("$chat", chatId)],
            cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await QueryAsync(connection, $"SELECT {Columns} FROM subscriptions WHERE id = $id;", [("$id", id)], cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            long id;
            await using (var upsert = SqlText.Command(
                connection,
                transaction,
                """
                INSERT INTO subscriptions (platform, chat_id, time_of_day, time_zone, created_by, created_at, changed_by, changed_at, paused, paused_reason)
                VALUES ($platform, $chat, $time, $zone, $by, $at, $by, $at, 0, NULL)
                ON CONFLICT (platform, chat_id) DO UPDATE SET
                    time_of_day = excluded.time_of_day,
                    time_zone = excluded.time_zone,
                    changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at,
                    paused = 0,
                    paused_reason = NULL
                RETURNING id;
                """,
                ("$platform", request.Platform),
                ("$chat", request.ChatId),
                ("$time", SqlText.TimeOfDay(request.TimeOfDay)),
                ("$zone", request.TimeZoneId),
                ("$by", request.RequestedBy),
                ("$at", SqlText.Instant(request.RequestedAt))))
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
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await ReplaceTopicsAsync(connection, transaction, id, topicIds, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var delete = SqlText.Command(
            connection,
            null,
            "DELETE FROM subscriptions WHERE platform = $platform AND chat_id = $chat;",
            ("$platform", platform),
            ("$chat", chatId));
        return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task PauseAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var pause = SqlText.Command(
            connection,
            null,
            "UPDATE subscriptions SET paused = 1, paused_reason = $reason WHERE id = $id;",
            ("$id", id),
            ("$reason", reason));
        await pause.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, $"SELECT {Columns} FROM subscriptions WHERE paused = 0 ORDER BY id;", [], cancellationToken);
    }

    private static async Task ReplaceTopicsAsync(SqliteConnection connection, SqliteTransaction transaction, long id, IReadOnlyList<string> topicIds, CancellationToken cancellationToken)
    {
        await using (var clear = SqlText.Command(connection, transaction, "DELETE FROM subscription_topics WHERE subscription_id = $id;", ("$id", id)))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        var position = 0;
        foreach (var topicId in topicIds.Distinct(StringComparer.Ordinal))
        {
            await using var insert = SqlText.Command(
                connection,
                transaction,
                "INSERT INTO subscription_topics (subscription_id, position, entity_id) VALUES ($id, $position, $entity);",
                ("$id", id),
                ("$position", position++),
                ("$entity", topicId));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<Subscription>> QueryAsync(
        SqliteConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var rows = new List<Subscription>();
        await using (var command = SqlText.Command(connection, null, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new Subscription(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    [],
                    SqlText.ReadTimeOfDay(reader, 3),
                    reader.GetString(4),
                    reader.GetString(5),
                    SqlText.ReadInstant(reader, 6),
                    SqlText.ReadInstant(reader, 7),
                    reader.GetInt64(8) == 1,
                    SqlText.ReadOptionalString(reader, 9)));
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        var topics = await TopicsAsync(connection, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => r with { TopicIds = topics.GetValueOrDefault(r.Id) ?? [] }).ToList();
    }

    private static async Task<Dictionary<long, List<string>>> TopicsAsync(SqliteConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var topics = new Dictionary<long, List<string>>();
        var wanted = ids.ToHashSet();
        var sql = ids.Count == 1
            ? "SELECT subscription_id, entity_id FROM subscription_topics WHERE subscription_id = $id ORDER BY subscription_id, position;"
            : "SELECT subscription_id, entity_id FROM subscription_topics ORDER BY subscription_id, position;";
        await using var command = SqlText.Command(connection, null, sql, ("$id", ids[0]));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (wanted.Contains(id))
            {
                if (!topics.TryGetValue(id, out var list))
                {
                    topics[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        return topics;
    }
}
