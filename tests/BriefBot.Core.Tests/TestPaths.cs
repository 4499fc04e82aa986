namespace BriefBot.Core.Tests;

/// <summary>Finds the repository root (the folder holding BriefBot.sln) and the test data under it.</summary>
internal static class TestPaths
{
    public static string RepoRoot => BriefBot.Testing.RepoPaths.Root;

    public static string SeedCorpus => Path.Combine(RepoRoot, "content");

    public static string DevCorpus => Path.Combine(RepoRoot, "tests", "BriefBot.Core.Tests", "Gold", "dev-corpus");

    public static string Gold(string file) => Path.Combine(RepoRoot, "tests", "BriefBot.Core.Tests", "Gold", file);
}
