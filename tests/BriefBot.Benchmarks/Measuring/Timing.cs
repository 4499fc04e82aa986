using System.Diagnostics;

namespace BriefBot.Benchmarks.Measuring;

internal static class Timing
{
    public static (T Result, TimeSpan Elapsed) Measure<T>(Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = action();
        return (result, Stopwatch.GetElapsedTime(started));
    }

    public static double Ms(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
