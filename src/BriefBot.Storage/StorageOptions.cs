using System.ComponentModel.DataAnnotations;

namespace BriefBot.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A Microsoft.Data.Sqlite connection string. The folder of a relative file is created on first use.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/briefbot.db";
}
