namespace BriefBot.Hosting;

/// <summary>Finds <c>config/</c>: beside the working directory first (a checkout, a container), else beside the binary.</summary>
internal static class ConfigFolder
{
    public static string Locate()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "config");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "config");
    }
}
