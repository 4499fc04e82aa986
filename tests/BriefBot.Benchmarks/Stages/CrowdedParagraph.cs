using System.Diagnostics;
using System.Text;
using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// A hostile article: one paragraph of thousands of "Professor X, a senior fellow at Y" appositions, each a different
/// invented person. Built at two sizes, four times apart: work that grows with the square of the paragraph (as it once
/// did) shows as a ratio near 16, linear work near 4.
/// </summary>
internal static class CrowdedParagraph
{
    public static (double SmallSeconds, double LargeSeconds) Run(int small, int seed)
    {
        Build(500, seed); // first calls paid before the timed builds
        return (Build(small, seed), Build(small * 4, seed));
    }

    private static double Build(int appositions, int seed)
    {
        var files = new Dictionary<string, byte[]> { ["crowded.md"] = Encoding.UTF8.GetBytes(Article(appositions, seed)) };
        var started = Stopwatch.GetTimestamp();
        var built = StagedBuild.Run(() => ContentFolderReader.Read(files, new ContentReaderOptions()));
        GC.KeepAlive(built);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static string Article(int appositions, int seed)
    {
        var random = new Random(seed);
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var text = new StringBuilder("A crowded paragraph\n\n");
        for (var i = 0; i < appositions; i++)
        {
            var surname = new StringBuilder();
            for (var syllable = 0; syllable < 4; syllable++)
            {
                surname.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            }

            surname[0] = char.ToUpperInvariant(surname[0]);
            text.Append(i == 0 ? string.Empty : "; ").Append("Professor Anna ").Append(surname).Append(", a senior fellow at the Harbour Institute");
        }

        return text.Append(", said the talks had failed.\n").ToString();
    }
}
