using System.Diagnostics;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// Time from starting the bot's process to its first answer: `dotnet BriefBot.dll --content FOLDER ask "/search …"`,
/// which builds the host, learns the folder and answers one command, timed until its answer is printed.
/// </summary>
internal static class Startup
{
    public static List<double> Run(string contentFolder, string command, int runs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BriefBot.dll");
        if (!File.Exists(dll) || !File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
        {
            throw new FileNotFoundException("The built bot (BriefBot.dll and its runtimeconfig) is not beside the benchmark.", dll);
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            foreach (var arg in new[] { dll, "--content", contentFolder, "ask", command })
            {
                info.ArgumentList.Add(arg);
            }

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
            var errors = process.StandardError.ReadToEndAsync();
            string? first;
            do
            {
                first = process.StandardOutput.ReadLine();
            }
            while (first is not null && first.Trim().Length == 0);

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || first is null)
            {
                throw new InvalidOperationException($"the bot exited with {process.ExitCode}: {errors.Result.Trim().Split('\n')[0]}");
            }

            times.Add(elapsed);
        }

        return times;
    }
}
