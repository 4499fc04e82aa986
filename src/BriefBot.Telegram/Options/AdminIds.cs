using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace BriefBot.Telegram.Options;

/// <summary>
/// Telegram:AdminUserIds as a list (AdminUserIds:0, :1 …) or, handier in an environment variable,
/// as one comma-separated value ("Telegram__AdminUserIds=111,222").
/// </summary>
internal static class AdminIds
{
    public static void AcceptCommaSeparated(TelegramOptions options, IConfigurationSection section)
    {
        var value = section["AdminUserIds"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (var part in value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
            {
                if (!options.AdminUserIds.Contains(id))
                {
                    options.AdminUserIds.Add(id);
                }
            }
            else
            {
                options.InvalidAdminUserIds.Add(part);
            }
        }
    }
}
