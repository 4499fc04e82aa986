using System.Globalization;

namespace BriefBot.Intake;

internal static class Sizes
{
    /// <summary>"5 MB", "512 KB", "300 bytes".</summary>
    public static string Show(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
