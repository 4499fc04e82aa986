using System.Diagnostics;
using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Links, pipes and a bounded read for the hostile-content tests: a reader that hangs fails the test instead.</summary>
internal static class HostileFolder
{
    /// <summary>A guard against a reader that never returns, not a speed bound (speed is the benchmark's): a loaded CI machine reads a hostile file in seconds.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TempFolder Link(this TempFolder folder, string name, string target)
    {
        var full = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
        return folder;
    }

    public static TempFolder Fifo(this TempFolder folder, string name)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(folder.Path, name)]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return folder;
    }

    /// <summary>Reads the folder on another thread; fails if that takes longer than <see cref="Patience"/>.</summary>
    public static ContentLoadResult ReadWithin(string folder, ContentReaderOptions? options = null)
    {
        var read = Task.Run(() => ContentFolderReader.Read(folder, options ?? new ContentReaderOptions()));
        Assert.True(read.Wait(Patience), $"reading the folder took longer than {Patience.TotalSeconds} s");
        return read.Result;
    }

    public static string ReasonFor(this ContentLoadResult result, string path) =>
        Assert.Single(result.Rejected, r => r.Path == path).Reason;

    public static string Article(string title) => $"# {title}\n\nThe delegations met in Geneva and talked for hours.\n";
}
