using System.Diagnostics;
using BriefBot.Benchmarks.Corpus;
using BriefBot.Benchmarks.Measuring;
using BriefBot.Core.Replies;

namespace BriefBot.Benchmarks.Stages;

/// <summary>Per-command latencies and throughput over a workload.</summary>
internal sealed class AnsweringResult
{
    public Dictionary<string, Latencies> ByCommand { get; } = new(StringComparer.Ordinal);

    public Latencies All { get; } = new();

    public Dictionary<ReplyStatus, int> Statuses { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public double AnswersPerSecond => All.Count / Elapsed.TotalSeconds;

    public void Merge(string command, double ms, ReplyStatus status)
    {
        if (!ByCommand.TryGetValue(command, out var latencies))
        {
            ByCommand[command] = latencies = new Latencies();
        }

        latencies.Add(ms);
        All.Add(ms);
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }
}

/// <summary>Runs the workload through the real router, one thread or several, timing every answer.</summary>
internal static class Answering
{
    public static AnsweringResult Run(BotUnderTest bot, IReadOnlyList<Query> workload, int threads)
    {
        var perThread = new List<(string Command, double Ms, ReplyStatus Status)>[threads];
        var started = Stopwatch.GetTimestamp();
        if (threads == 1)
        {
            perThread[0] = Ask(bot, workload, 0, 1);
        }
        else
        {
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() => perThread[t] = Ask(bot, workload, t, threads))).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
        }

        var result = new AnsweringResult { Elapsed = Stopwatch.GetElapsedTime(started) };
        foreach (var samples in perThread)
        {
            foreach (var (command, ms, status) in samples)
            {
                result.Merge(command, ms, status);
            }
        }

        return result;
    }

    // Each thread runs the whole workload from its own starting point, so threads ask different things at once.
    private static List<(string, double, ReplyStatus)> Ask(BotUnderTest bot, IReadOnlyList<Query> workload, int thread, int threads)
    {
        var samples = new List<(string, double, ReplyStatus)>(workload.Count);
        var offset = workload.Count * thread / threads;
        for (var i = 0; i < workload.Count; i++)
        {
            var query = workload[(offset + i) % workload.Count];
            var started = Stopwatch.GetTimestamp();
            var reply = bot.Ask(query.Text);
            samples.Add((query.Command, Timing.Ms(started), reply.Status));
        }

        return samples;
    }
}
