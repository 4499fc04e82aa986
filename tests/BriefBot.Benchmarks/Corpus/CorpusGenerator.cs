using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BriefBot.Benchmarks.Corpus;

/// <summary>What the generator wrote.</summary>
internal sealed record GeneratedCorpus(string Folder, int Articles, long Bytes, long Words, World World, TimeSpan Elapsed);

/// <summary>
/// Writes a deterministic corpus: the same seed and size give byte-identical files. Even-numbered articles are
/// Markdown with YAML front matter, odd-numbered ones plain text, a thousand to a subfolder.
/// </summary>
internal static class CorpusGenerator
{
    public static GeneratedCorpus Generate(string folder, int articles, int seed)
    {
        var started = Stopwatch.GetTimestamp();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var world = World.Create(articles, seed);
        var rng = new Random(seed + 1);
        var writer = new ArticleWriter(rng);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        long words = 0;
        for (var i = 0; i < articles; i++)
        {
            var format = i % 2 == 0 ? ContentFormat.Markdown : ContentFormat.PlainText;
            var text = writer.Write(format, Cast(world, rng));
            var sub = Path.Combine(folder, (i / 1000).ToString("000", CultureInfo.InvariantCulture));
            if (i % 1000 == 0)
            {
                Directory.CreateDirectory(sub);
            }

            var data = utf8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(sub, $"analysis-{i:000000}{(format == ContentFormat.Markdown ? ".md" : ".txt")}"), data);
            bytes += data.Length;
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return new GeneratedCorpus(folder, articles, bytes, words, world, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Popular names recur across many articles and most appear rarely, as in a real archive.</summary>
    internal static int Skewed(Random rng, int count) => Math.Min(count - 1, (int)(count * Math.Pow(rng.NextDouble(), 2.2)));

    private static ArticleCast Cast(World world, Random rng)
    {
        var states = Distinct(rng, world.States, 3 + rng.Next(2));
        var organisations = Distinct(rng, world.Organisations, 1 + rng.Next(2));
        var experts = Distinct(rng, world.Experts, 3);
        var concepts = Distinct(rng, world.Concepts, 2 + rng.Next(2));
        var leaders = world.Leaders.Where(l => states.Contains(l.Affiliation)).ToList();
        var leader = leaders.Count > 0 ? leaders[rng.Next(leaders.Count)] : world.Leaders[Skewed(rng, world.Leaders.Count)];
        var author = rng.Next(3) == 0 ? experts[0] : world.Experts[Skewed(rng, world.Experts.Count)];
        var title = rng.Next(3) switch
        {
            0 => $"{states[0].ShortName}, {states[1].ShortName} and the {concepts[0].Term}",
            1 => $"Why {states[0].ShortName} Is Rethinking Its {Title(WordLists.Nouns[rng.Next(WordLists.Nouns.Length)])}",
            _ => $"The {Title(WordLists.Adjectives[rng.Next(WordLists.Adjectives.Length)])} {Title(WordLists.Nouns[rng.Next(WordLists.Nouns.Length)])}: {organisations[0].Acronym} and the Region",
        };
        var date = new DateOnly(2015, 1, 1).AddDays(rng.Next(3_650));
        return new ArticleCast(title, author, date, world.Outlets[rng.Next(world.Outlets.Count)], states, organisations, experts, leader, concepts);
    }

    private static List<T> Distinct<T>(Random rng, IReadOnlyList<T> from, int count)
    {
        var picked = new List<T>(count);
        for (var guard = 0; picked.Count < Math.Min(count, from.Count) && guard < 1_000; guard++)
        {
            var item = from[Skewed(rng, from.Count)];
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
