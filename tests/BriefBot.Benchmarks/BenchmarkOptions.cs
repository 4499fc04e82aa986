using System.Globalization;

namespace BriefBot.Benchmarks;

/// <summary>Command-line options: <c>[--articles N] [--quick] [--seed N] [--out FOLDER] [--keep-corpus] [--saturate-reload] [--only learning,answering,…]</c>.</summary>
internal sealed record BenchmarkOptions(int Articles, bool Quick, int Seed, string OutFolder, bool KeepCorpus, IReadOnlySet<string>? Only = null, bool SaturateReload = false)
{
    public int Queries => Quick ? 2_000 : 10_000;

    public int Chats => Quick ? 500 : 5_000;

    /// <summary>Process starts timed for the start-up figure: one in quick mode (CI runs it on every push), else the median of three.</summary>
    public int StartupRuns => Quick ? 1 : 3;

    public TimeSpan ReloadBaseline => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);

    /// <summary>True when the section runs: all of them unless --only names some (the corpus is always generated).</summary>
    public bool Runs(string section) => Only is null || section == "Corpus" || Only.Contains(section);

    public static BenchmarkOptions? Parse(string[] args, TextWriter error)
    {
        int? articles = null;
        var quick = false;
        var seed = 20_260_601;
        string? output = null;
        var keep = false;
        var saturate = false;
        HashSet<string>? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0:
                    articles = n;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    break;
                case "--saturate-reload":
                    saturate = true;
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--keep-corpus":
                    keep = true;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    error.WriteLine("Usage: dotnet run -c Release --project tests/BriefBot.Benchmarks -- [--articles N (default 10000)] [--quick] [--seed N] [--out FOLDER] [--keep-corpus] [--saturate-reload] [--only learning,answering,peers,start-up,reloading,delivering,hostile]");
                    return null;
            }
        }

        return new BenchmarkOptions(articles ?? (quick ? 300 : 10_000), quick, seed, output ?? DefaultOut(), keep, only, saturate);
    }

    /// <summary>benchmarks-out/ at the repository root (ignored by git), or beside the program outside a clone.</summary>
    private static string DefaultOut() => Path.Combine(RepoRoot() ?? AppContext.BaseDirectory, "benchmarks-out");

    private static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository's shipped content folder, if this runs from a clone.</summary>
    public static string? ShippedContent() =>
        RepoRoot() is { } root && Directory.Exists(Path.Combine(root, "content")) ? Path.Combine(root, "content") : null;
}
