namespace BriefBot.Core.Tests;

/// <summary>Finds the repository root (the folder holding BriefBot.sln) and the test data under it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BriefBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string SeedCorpus => Path.Combine(RepoRoot, "content");

    public static string DevCorpus => Path.Combine(RepoRoot, "tests", "BriefBot.Core.Tests", "Gold", "dev-corpus");

    public static string Gold(string file) => Path.Combine(RepoRoot, "tests", "BriefBot.Core.Tests", "Gold", file);
}
