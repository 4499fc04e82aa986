namespace BriefBot.Quality;

/// <summary>
/// Where the repository and ../shared are. CI clones the repository with a read-only copy of shared/ beside it;
/// BRIEFBOT_SHARED points elsewhere (a worktree whose ../shared is not that folder).
/// </summary>
internal static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    public static string Shared =>
        Environment.GetEnvironmentVariable("BRIEFBOT_SHARED") is { Length: > 0 } shared
            ? Path.GetFullPath(shared)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string FloorsFile => Path.Combine(Root, "tests", "BriefBot.Quality", "floors.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BriefBot.sln not found above " + AppContext.BaseDirectory);
    }
}
