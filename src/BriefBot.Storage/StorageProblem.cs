using Microsoft.Data.Sqlite;

namespace BriefBot.Storage;

/// <summary>Turns why a database could not be opened into one line an admin can act on (no stack trace).</summary>
internal static class StorageProblem
{
    // SQLite's primary result codes (the low byte of an extended code).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static string Describe(Exception exception, string dataSource) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => $"the database {dataSource} is locked by another process or connection",
            ReadOnly => $"the database {dataSource} is read-only (the file or its folder cannot be written)",
            Corrupt or NotADatabase => $"the database file {dataSource} is corrupt ({sqlite.Message.TrimEnd('.')})",
            CantOpen => $"the database file {dataSource} cannot be opened or created (is its folder read-only or missing?)",
            IoError => $"the database {dataSource} cannot be read or written ({sqlite.Message.TrimEnd('.')})",
            _ => $"the database {dataSource} cannot be opened ({sqlite.Message.TrimEnd('.')})",
        },
        CorruptDatabaseException or ReadOnlyDatabaseException => exception.Message,
        UnauthorizedAccessException or IOException => $"the folder of {dataSource} cannot be created or written ({exception.Message.TrimEnd('.')})",
        _ => exception.Message,
    };

    /// <summary>Whether a failure is one of the expected ones (logged as one line) rather than a bug (logged with its stack).</summary>
    public static bool IsExpected(Exception exception) =>
        exception is SqliteException or CorruptDatabaseException or UnauthorizedAccessException or IOException or NewerSchemaException;
}

/// <summary>SQLite's own check found damage, whatever the damaged pages seemed to say.</summary>
internal sealed class CorruptDatabaseException(string message) : Exception(message);

/// <summary>An intact database written by a newer build.</summary>
internal sealed class NewerSchemaException(string message) : InvalidOperationException(message);
