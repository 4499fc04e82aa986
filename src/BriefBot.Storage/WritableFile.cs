using Microsoft.Data.Sqlite;

namespace BriefBot.Storage;

/// <summary>
/// A database file that cannot be written (read-only mode bits, the immutable attribute, a read-only mount) still
/// opens: SQLite quietly falls back to reading it, and only the first write fails ("attempt to write a readonly
/// database"), long after start. So start-up asks SQLite whether it opened the file read-only, and reports it then.
/// </summary>
internal static class WritableFile
{
    /// <exception cref="ReadOnlyDatabaseException">SQLite could open the database only for reading.</exception>
    public static void Check(SqliteConnection connection, string dataSource)
    {
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw new ReadOnlyDatabaseException(
                $"the database {dataSource} is read-only (the file cannot be written: its permissions, an immutable attribute or a read-only mount)");
        }
    }
}

/// <summary>The database opened, but only for reading.</summary>
internal sealed class ReadOnlyDatabaseException(string message) : IOException(message);
