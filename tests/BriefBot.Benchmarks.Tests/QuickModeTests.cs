using System.Diagnostics;
using System.Text.Json;

namespace BriefBot.Benchmarks.Tests;

/// <summary>
/// The benchmark's quick mode, run in CI on a small generated corpus so it cannot rot: every section runs and the
/// report is whole and sane. Its timings are not asserted (a shared CI machine would make that a coin toss).
/// </summary>
public sealed class QuickModeTests : IDisposable
{
    private const int Articles = 40;
    private static readonly string[] Sections = ["Corpus", "Learning", "Answering", "Peers", "Start-up", "Reloading", "Delivering", "Hostile", "Run"];

    private readonly string _out = Directory.CreateTempSubdirectory("briefbot-bench-").FullName;

    [Fact]
    public async Task QuickMode_RunsEverySection_OnASmallCorpus_AndWritesASaneReport()
    {
        var (exitCode, output, errors) = await RunBenchmarkAsync("--quick", "--articles", $"{Articles}", "--out", _out);

        Assert.True(exitCode == 0, $"the benchmark exited with {exitCode}: {errors}");
        Assert.Contains("Figures written to", output, StringComparison.Ordinal);
        Assert.Contains("| Start-up", File.ReadAllText(Path.Combine(_out, $"bench-{Articles}-quick.md")), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, $"bench-{Articles}-quick.json")));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray()
            .Select(f => new Row(f.GetProperty("Section").GetString()!, f.GetProperty("Name").GetString()!, Value(f), f.GetProperty("Unit").GetString()!, Note(f)))
            .ToList();
        Assert.Equal(Sections.Order(StringComparer.Ordinal), figures.Select(f => f.Section).Distinct().Order(StringComparer.Ordinal));
        // A stage that throws is reported as "not measured" and the run goes on: here that is a failure.
        Assert.Empty(figures.Where(f => f.Name == "not measured").Select(f => $"{f.Section}: {f.Note}"));
        Assert.Equal("quick", json.RootElement.GetProperty("machine").GetProperty("mode").GetString());
        Assert.Equal(Articles, Figure("Corpus", "articles").Value);
        Assert.True(Figure("Learning", "entities / readings / sentences").Value > 0, "nothing was learnt from the corpus");
        Assert.True(Figure("Delivering", "digests to").Value > 0, "no digest was delivered");
        Assert.Equal(0, Figure("Delivering", "messages lost").Value);
        Assert.Equal(0, Figure("Delivering", "messages duplicated").Value);
        Assert.All(figures.Where(f => f.Unit is "s" or "ms"), f => Assert.True(f.Value is >= 0, $"{f.Section} / {f.Name}: {f.Value}"));

        Row Figure(string section, string startsWith) =>
            figures.First(f => f.Section == section && f.Name.StartsWith(startsWith, StringComparison.Ordinal));
    }

    private sealed record Row(string Section, string Name, double? Value, string Unit, string? Note);

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static double? Value(JsonElement figure) =>
        figure.TryGetProperty("Value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string? Note(JsonElement figure) =>
        figure.TryGetProperty("Note", out var n) ? n.GetString() : null;

    /// <summary>Runs the built benchmark (copied beside this test with the bot it starts) as its own process.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunBenchmarkAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefBot.Benchmarks.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A safety net for a hung run, far above its minute on a loaded two-core machine; the exit is the signal.
        using var hung = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(hung.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The quick benchmark did not finish in 5 minutes: {await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
