using System.Diagnostics;
using System.Text;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// The built bot (BriefBot.dll, copied beside the tests) run as a child process in `run` mode, configured through
/// environment variables. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>What the bot logged (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Completes when the bot has written a line containing <paramref name="text"/>.</summary>
    public Task WaitForOutputAsync(string text, TimeSpan safetyNet)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            _awaited.Add((text, seen));
        }

        return seen.Task.WaitAsync(safetyNet);
    }

    public static BotProcess Start(string workingFolder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefBot.dll"));
        start.ArgumentList.Add("run");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("the bot did not start"));
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM (a graceful stop); returns how long the process took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan safetyNet)
    {
        var clock = Stopwatch.StartNew();
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(safetyNet);
        await _process.WaitForExitAsync(timeout.Token);
        return clock.Elapsed;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var awaited in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)).ToList())
            {
                _awaited.Remove(awaited);
                awaited.Seen.TrySetResult();
            }
        }
    }
}
