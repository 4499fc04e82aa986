using System.Globalization;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>Commands with named parameters (<c>@name</c>), and the few values stored as text.</summary>
internal static class Pg
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                null => DBNull.Value,
                DateTimeOffset instant => instant.ToUniversalTime(),
                _ => value,
            });
        }

        return command;
    }

    public static string TimeOfDay(TimeOnly value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly ReadTimeOfDay(NpgsqlDataReader reader, int ordinal) =>
        TimeOnly.ParseExact(reader.GetString(ordinal), "HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? ReadOptionalInstant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? ReadOptionalString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
