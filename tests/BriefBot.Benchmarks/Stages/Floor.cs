using System.Diagnostics;
using System.Text;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// The physical floor of learning: read every content file, decode it and split it into words, nothing else.
/// Words are counted as spans; no string is allocated per word.
/// </summary>
internal static class Floor
{
    public static (TimeSpan Elapsed, long Words, long Bytes) Run(string folder)
    {
        var started = Stopwatch.GetTimestamp();
        long words = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var data = File.ReadAllBytes(file);
            bytes += data.Length;
            words += CountWords(Encoding.UTF8.GetString(data));
        }

        return (Stopwatch.GetElapsedTime(started), words, bytes);
    }

    private static long CountWords(string text)
    {
        long count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
