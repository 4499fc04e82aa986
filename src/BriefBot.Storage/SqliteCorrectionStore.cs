using System.Globalization;
using BriefBot.Core.Corrections;
using BriefBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

/// <summary>Admins' corrections in the <c>corrections</c> table, in the order they were made.</summary>
public sealed partial class SqliteCorrectionStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteCorrectionStore> logger) : ICorrectionStore
{
    public IReadOnlyList<Correction> LoadAll()
    {
        try
        {
            // A build runs off the answering path and reads once; SQLite's calls complete synchronously anyway.
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
        await using var command = SqlText.Command(connection, null, "SELECT id, kind, target, value, made_by, made_at FROM corrections ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Correction>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Correction(
                reader.GetInt64(0),
                Enum.Parse<CorrectionKind>(reader.GetString(1), ignoreCase: true),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return list;
    }

    public async Task<Correction> AddAsync(CorrectionKind kind, string target, string? value, string madeBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqlText.Command(
            connection,
            null,
            "INSERT INTO corrections (kind, target, value, made_by, made_at) VALUES ($kind, $target, $value, $by, $at) RETURNING id;",
            ("$kind", kind.ToString().ToLowerInvariant()),
            ("$target", target),
            ("$value", value),
            ("$by", madeBy),
            ("$at", now.ToString("O", CultureInfo.InvariantCulture)));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new Correction(id, kind, target, value, madeBy, now);
    }

    public async Task<int> RemoveAsync(CorrectionKind kind, string target, CancellationToken cancellationToken)
    {
        var folded = TextFolding.Fold(target);
        var ids = (await ListAsync(cancellationToken)).Where(c => c.Kind == kind && TextFolding.Fold(c.Target) == folded).Select(c => c.Id).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var id in ids)
        {
            await using var command = SqlText.Command(connection, null, "DELETE FROM corrections WHERE id = $id;", ("$id", id));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return ids.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corrections could not be read, so this build has none: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
