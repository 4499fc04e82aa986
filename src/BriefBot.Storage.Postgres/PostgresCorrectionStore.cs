using BriefBot.Core.Corrections;
using BriefBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace BriefBot.Storage.Postgres;

/// <summary>Admins' corrections in the <c>corrections</c> table, in the order they were made.</summary>
public sealed partial class PostgresCorrectionStore(PostgresDatabase database, TimeProvider time, ILogger<PostgresCorrectionStore> logger) : ICorrectionStore
{
    public IReadOnlyList<Correction> LoadAll()
    {
        try
        {
            // A build runs off the answering path and reads once.
            return ListAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, e.Message);
            return [];
        }
    }

    public async Task<IReadOnlyList<Correction>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "SELECT id, kind, target, value, made_by, made_at FROM corrections ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Correction>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Correction(
                reader.GetInt64(0),
                Enum.Parse<CorrectionKind>(reader.GetString(1), ignoreCase: true),
                reader.GetString(2),
                Pg.ReadOptionalString(reader, 3),
                reader.GetString(4),
                Pg.ReadInstant(reader, 5)));
        }

        return list;
    }

    public async Task<Correction> AddAsync(CorrectionKind kind, string target, string? value, string madeBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(
            connection,
            null,
            "INSERT INTO corrections (kind, target, value, made_by, made_at) VALUES (@kind, @target, @value, @by, @at) RETURNING id;",
            ("kind", kind.ToString().ToLowerInvariant()),
            ("target", target),
            ("value", value),
            ("by", madeBy),
            ("at", now));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new Correction(id, kind, target, value, madeBy, now);
    }

    public async Task<int> RemoveAsync(CorrectionKind kind, string target, CancellationToken cancellationToken)
    {
        var folded = TextFolding.Fold(target);
        var ids = (await ListAsync(cancellationToken)).Where(c => c.Kind == kind && TextFolding.Fold(c.Target) == folded).Select(c => c.Id).ToArray();
        if (ids.Length == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Pg.Command(connection, null, "DELETE FROM corrections WHERE id = ANY(@ids);", ("ids", ids));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ids.Length;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corrections could not be read, so this build has none: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
