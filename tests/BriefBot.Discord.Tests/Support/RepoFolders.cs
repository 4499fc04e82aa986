namespace BriefBot.Discord.Tests.Support;

/// <summary>The repository's folders, found by walking up from the test binary to BriefBot.sln.</summary>
internal static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BriefBot.sln not found above the test binary.");
    }
}
