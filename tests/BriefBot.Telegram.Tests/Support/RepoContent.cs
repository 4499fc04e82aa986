namespace BriefBot.Telegram.Tests.Support;

/// <summary>The repository's content/ folder, found by walking up from the test binary to BriefBot.sln.</summary>
internal static class RepoContent
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("BriefBot.sln not found above the test binary.")
            : System.IO.Path.Combine(dir.FullName, "content");
    }
}
