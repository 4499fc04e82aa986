using BriefBot.Core.Subscriptions;

namespace BriefBot.Storage.Postgres;

/// <summary>The readings each chat has received in its current rotation (written by the ledger when a digest is sent).</summary>
public sealed class PostgresReadingHistory(PostgresDatabase database) : IReadingHistory
{
    public async Task<IReadOnlySet<string>> ReceivedAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(
            connection, null, "SELECT reading_id FROM received_readings WHERE platform = @platform AND chat_id = @chat;", ("platform", platform), ("chat", chatId));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
