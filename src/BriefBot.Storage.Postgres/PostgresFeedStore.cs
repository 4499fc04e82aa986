using BriefBot.Core.Feeds;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>Feeds and the items their polls saw, in the <c>feeds</c> and <c>feed_items</c> tables.</summary>
public sealed class PostgresFeedStore(PostgresDatabase database) : IFeedStore
{
    private const string Columns =
        "id, url, url_key, title, added_by, added_at, notice_platform, notice_chat_id, etag, last_modified, last_poll_at, " +
        "last_success_at, last_error, failures, failing_notice_sent, next_poll_at, items_added";

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, $"SELECT {Columns} FROM feeds ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<FeedSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            feeds.Add(Read(reader));
        }

        return feeds;
    }

    public async Task<FeedSubscription?> FindAsync(string urlKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, urlKey, cancellationToken);
    }

    public async Task<FeedSubscription?> AddAsync(NewFeed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = Pg.Command(
            connection,
            transaction,
            """
            INSERT INTO feeds (url, url_key, title, added_by, added_at, notice_platform, notice_chat_id, next_poll_at)
            VALUES (@url, @key, @title, @by, @at, @platform, @chat, @at)
            ON CONFLICT (url_key) DO NOTHING;
            """,
            ("url", feed.Url),
            ("key", feed.UrlKey),
            ("title", feed.Title),
            ("by", feed.AddedBy),
            ("at", feed.AddedAt),
            ("platform", feed.NoticePlatform),
            ("chat", feed.NoticeChatId)))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        var added = await FindAsync(connection, transaction, feed.UrlKey, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<bool> RemoveAsync(string urlKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "DELETE FROM feeds WHERE url_key = @key;", ("key", urlKey));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlySet<string>> SeenItemsAsync(long feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "SELECT item_key FROM feed_items WHERE feed_id = @id;", ("id", feedId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task RecordPollAsync(FeedPollRecord poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = Pg.Command(
            connection,
            transaction,
            """
            UPDATE feeds SET
                title = COALESCE(@title::text, title),
                etag = @etag,
                last_modified = @modified,
                last_poll_at = @at,
                last_success_at = CASE WHEN @error::text IS NULL THEN @at ELSE last_success_at END,
                last_error = @error,
                failures = @failures,
                failing_notice_sent = @notice,
                next_poll_at = @next,
                items_added = items_added + @added
            WHERE id = @id;
            """,
            ("id", poll.FeedId),
            ("title", poll.Title),
            ("etag", poll.ETag),
            ("modified", poll.LastModified),
            ("at", poll.PolledAt),
            ("error", poll.Error),
            ("failures", poll.Failures),
            ("notice", poll.FailingNoticeSent),
            ("next", poll.NextPollAt),
            ("added", poll.ItemsAdded)))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var item in poll.Items)
        {
            await using var insert = Pg.Command(
                connection,
                transaction,
                """
                INSERT INTO feed_items (feed_id, item_key, outcome, article_file, detail, seen_at)
                VALUES (@id, @key, @outcome, @file, @detail, @at)
                ON CONFLICT (feed_id, item_key) DO NOTHING;
                """,
                ("id", poll.FeedId),
                ("key", item.Key),
                ("outcome", item.Outcome),
                ("file", item.ArticleFile),
                ("detail", item.Detail),
                ("at", poll.PolledAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<FeedSubscription?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string urlKey, CancellationToken cancellationToken)
    {
        await using var command = Pg.Command(connection, transaction, $"SELECT {Columns} FROM feeds WHERE url_key = @key;", ("key", urlKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static FeedSubscription Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Pg.ReadOptionalString(reader, 3),
        reader.GetString(4),
        Pg.ReadInstant(reader, 5),
        reader.GetString(6),
        reader.GetString(7),
        Pg.ReadOptionalString(reader, 8),
        Pg.ReadOptionalString(reader, 9),
        Pg.ReadOptionalInstant(reader, 10),
        Pg.ReadOptionalInstant(reader, 11),
        Pg.ReadOptionalString(reader, 12),
        reader.GetInt32(13),
        reader.GetBoolean(14),
        Pg.ReadInstant(reader, 15),
        reader.GetInt32(16));
}
