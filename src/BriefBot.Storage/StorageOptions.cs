using System.ComponentModel.DataAnnotations;

namespace BriefBot.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Which database: <c>Sqlite</c> (the default, one instance) or <c>Postgres</c> (one or several instances).</summary>
    [Required(AllowEmptyStrings = false)]
    [KnownStorageProvider]
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>
    /// For SQLite a Microsoft.Data.Sqlite connection string (the folder of a relative file is created on first use);
    /// for PostgreSQL an Npgsql one ("Host=…;Database=…;Username=…;Password=…").
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/briefbot.db";

    /// <summary>The provider named in configuration; null when it names none of them.</summary>
    public static StorageProvider? ProviderOf(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? StorageProvider.Sqlite
        : Enum.TryParse<StorageProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : null;
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
