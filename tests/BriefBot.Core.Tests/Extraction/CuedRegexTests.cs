using System.Reflection;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction;
using BriefBot.Core.Tests.Readability;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>
/// Every finder expression declared with its cue (<see cref="CuedRegex"/>, <see cref="CuedStarts"/>) finds, with the cue,
/// exactly what it finds without it, on every paragraph and sentence of the corpora and on invented sentences: a cue
/// changed without its expression (or the other way round) fails here instead of losing matches silently.
/// </summary>
public class CuedRegexTests
{
    private static readonly string[] Invented =
    [
        "Jane Doe is a senior fellow at the Harbour Institute.",
        "Jane Doe was the research director of the Coastal Forum until last year.",
        "The research director of the Harbour Institute, Jane Doe, said the talks would resume.",
        "Ruritania's ambassador to Freedonia, Mr Jan Novak, declined to comment.",
        "Officials said research director Jane Doe and analyst Jan Novak had left.",
        "Dr Jane Doe and Professor Jan Novak wrote to Sir Harold Green and Dame Alice Brown.",
        "Ms Doe met Mr. Novak and Mrs Roe before President Jan Novak spoke.",
        "The Coastal Forum, a think tank based in the capital, disagreed.",
        "Talks with the trade bloc Northern Union began in spring.",
        "Critics call it what some analysts term the hedging habit, also known as the quiet bargain.",
        "The concept of managed rivalry is referred to as the long peace, dubbed the cold calm by scholars.",
        "The realist theory of alliances and the Domino theory both failed, analysts said.",
        "The Upstream Doctrine, the Harbour Consensus and the new Cold War were named after the Middle Income Trap.",
        "In her essay titled “The Quiet Bargain” (Jane Doe, 12 March 2021) she argued the opposite.",
        "His report entitled ‘Rivers and Rulers’ (Jan Novak and Jane Doe) came out in 2019.",
        "Her book “The Long Peace” (2020) and the paper called “River Talks” are both cited.",
        "I wrote an article about “Harbour Politics” last year.",
        "ſome text with a Kelvin sign \u212A and odd cases: THE THEORY, the k-theory, \u212Anown as the thing.",
        "",
        " ",
        "A, B, C.",
    ];

    [Fact]
    public void EveryCuedExpression_IsFoundByTheRegistry()
    {
        var names = Registered().Select(r => r.Name).ToList();

        Assert.Contains("PersonFinder.Bio", names);
        Assert.Contains("PersonFinder.RoleBeforeName", names);
        Assert.Contains("RoleThenName.Pattern", names);
        Assert.True(names.Count >= 16, string.Join(", ", names));
    }

    [Fact]
    public void EveryCuedExpression_FindsWhatItFindsWithoutItsCue_OnInventedSentences() => AssertCuesLoseNothing(Invented);

    [Theory]
    [InlineData("content")]
    [InlineData("dev-corpus")]
    public void EveryCuedExpression_FindsWhatItFindsWithoutItsCue_OnTheRepositoryCorpora(string corpus) =>
        AssertCuesLoseNothing(Texts(corpus == "content" ? TestPaths.SeedCorpus : TestPaths.DevCorpus));

    [FactWhenSharedFolderIsPresent("dev-corpus")]
    public void EveryCuedExpression_FindsWhatItFindsWithoutItsCue_OnTheSharedDevCorpus() =>
        AssertCuesLoseNothing(Texts(SharedFolder.Path("dev-corpus")));

    [FactWhenSharedFolderIsPresent("real-dev/news")]
    public void EveryCuedExpression_FindsWhatItFindsWithoutItsCue_OnTheRealDevNews() =>
        AssertCuesLoseNothing(Texts(SharedFolder.Path("real-dev/news")));

    [Fact]
    public void ACueThatMissesAMatch_IsReported()
    {
        var cues = new[] { Entry("wrong", new CuedRegex(new Regex("river"), text => text.Contains("dam", StringComparison.Ordinal))) };

        var lost = Differences(cues, ["The river rose.", "The dam held."]);

        Assert.Equal(["wrong: without its cue [4+5], with it [], in: The river rose."], lost);
    }

    private static void AssertCuesLoseNothing(IReadOnlyCollection<string> texts)
    {
        var lost = Differences(Registered(), texts);
        Assert.True(lost.Count == 0, $"{lost.Count} differences:\n" + string.Join("\n", lost.Take(20)));
    }

    private static List<string> Differences(IEnumerable<(string Name, Func<string, List<(int, int)>> Bare, Func<string, List<(int, int)>> Cued)> cues, IReadOnlyCollection<string> texts)
    {
        var lost = new List<string>();
        foreach (var (name, bare, cued) in cues)
        {
            foreach (var text in texts)
            {
                var expected = bare(text);
                var found = cued(text);
                if (!expected.SequenceEqual(found))
                {
                    lost.Add($"{name}: without its cue {Show(expected)}, with it {Show(found)}, in: {text}");
                }
            }
        }

        return lost;
    }

    /// <summary>Every cued expression declared as a static field in the extraction code, with its matches found both ways.</summary>
    private static List<(string Name, Func<string, List<(int, int)>> Bare, Func<string, List<(int, int)>> Cued)> Registered()
    {
        var found = new List<(string Name, Func<string, List<(int, int)>> Bare, Func<string, List<(int, int)>> Cued)>();
        foreach (var type in typeof(CuedRegex).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("BriefBot.Core.Extraction", StringComparison.Ordinal) == true))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.GetValue(null) is CuedRegex or CuedStarts)
                {
                    found.Add(Entry($"{type.Name}.{field.Name}", field.GetValue(null)!));
                }
            }
        }

        return found;
    }

    private static (string Name, Func<string, List<(int, int)>> Bare, Func<string, List<(int, int)>> Cued) Entry(string name, object cued)
    {
        if (cued is CuedRegex c)
        {
            return (name, t => Scan(c.Expression, t), t => c.MayMatch(t) ? Scan(c.Expression, t) : []);
        }

        var s = (CuedStarts)cued;
        Assert.StartsWith(@"\G", s.Anchored.ToString(), StringComparison.Ordinal);
        var scanning = new Regex(s.Anchored.ToString()[2..], s.Anchored.Options);
        return (name, t => Scan(scanning, t), t => s.Matches(t).Select(m => (m.Index, m.Length)).ToList());
    }

    private static List<(int, int)> Scan(Regex expression, string text)
    {
        var all = new List<(int, int)>();
        for (var m = expression.Match(text); m.Success; m = m.NextMatch())
        {
            all.Add((m.Index, m.Length));
        }

        return all;
    }

    private static string Show(List<(int Index, int Length)> matches) => "[" + string.Join(" ", matches.Select(m => $"{m.Index}+{m.Length}")) + "]";

    /// <summary>Each paragraph (line) of the corpus's files and, roughly, each of its sentences.</summary>
    private static List<string> Texts(string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} is missing");
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                texts.Add(line);
                texts.AddRange(SentenceEnd.Split(line).Where(s => s.Length > 0 && s != line));
            }
        }

        Assert.NotEmpty(texts);
        return texts;
    }

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][”""’]?)\s+(?=[“""‘]?\p{Lu})");
}
