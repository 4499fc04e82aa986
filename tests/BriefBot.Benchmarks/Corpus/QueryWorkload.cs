namespace BriefBot.Benchmarks.Corpus;

/// <summary>One query of the workload: the command name (for per-command figures) and the full text sent.</summary>
internal sealed record Query(string Command, string Text);

/// <summary>
/// A mixed workload drawn from the invented world, popular names asked more often: 20 % /actor (short names, full
/// names, acronyms, leaders), 20 % /expert (full names and surnames), 15 % /concept, 15 % /reading, 30 % /search
/// (one to three everyday words, sometimes with a name). A few queries are misspelt or unknown, as users' are.
/// </summary>
internal static class QueryWorkload
{
    public static IReadOnlyList<Query> Create(World world, int count, int seed)
    {
        var rng = new Random(seed + 2);
        var queries = new List<Query>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Next(100);
            queries.Add(roll switch
            {
                < 20 => new Query("actor", "/actor " + Maybe(rng, ActorName(world, rng))),
                < 40 => new Query("expert", "/expert " + Maybe(rng, ExpertName(world, rng))),
                < 55 => new Query("concept", "/concept " + Maybe(rng, world.Concepts[CorpusGenerator.Skewed(rng, world.Concepts.Count)].Term)),
                < 70 => new Query("reading", "/reading " + Topic(world, rng)),
                _ => new Query("search", "/search " + SearchWords(world, rng)),
            });
        }

        return queries;
    }

    public static IEnumerable<string> SearchTexts(IReadOnlyList<Query> workload) =>
        workload.Where(q => q.Command == "search").Select(q => q.Text["/search ".Length..]);

    private static string ActorName(World world, Random rng)
    {
        switch (rng.Next(5))
        {
            case 0:
                var org = world.Organisations[CorpusGenerator.Skewed(rng, world.Organisations.Count)];
                return rng.Next(2) == 0 ? org.Acronym! : org.FullName;
            case 1:
                var leader = world.Leaders[CorpusGenerator.Skewed(rng, world.Leaders.Count)];
                return rng.Next(2) == 0 ? leader.Last : leader.Name;
            default:
                var state = world.States[CorpusGenerator.Skewed(rng, world.States.Count)];
                return rng.Next(4) == 0 && state.Acronym is not null ? state.Acronym : state.ShortName;
        }
    }

    private static string ExpertName(World world, Random rng)
    {
        var expert = world.Experts[CorpusGenerator.Skewed(rng, world.Experts.Count)];
        return rng.Next(3) == 0 ? expert.Last : expert.Name;
    }

    private static string Topic(World world, Random rng) => rng.Next(3) switch
    {
        0 => ActorName(world, rng),
        1 => ExpertName(world, rng),
        _ => world.Concepts[CorpusGenerator.Skewed(rng, world.Concepts.Count)].Term,
    };

    private static string SearchWords(World world, Random rng)
    {
        var words = new List<string>();
        var n = 1 + rng.Next(3);
        for (var i = 0; i < n; i++)
        {
            words.Add(rng.Next(6) switch
            {
                0 => WordLists.Adjectives[rng.Next(WordLists.Adjectives.Length)],
                1 => world.States[CorpusGenerator.Skewed(rng, world.States.Count)].ShortName,
                2 => WordLists.ConceptNouns[rng.Next(WordLists.ConceptNouns.Length)],
                _ => WordLists.Nouns[rng.Next(WordLists.Nouns.Length)],
            });
        }

        return string.Join(' ', words);
    }

    // One query in twenty is misspelt: a letter dropped from a longer name.
    private static string Maybe(Random rng, string name)
    {
        if (rng.Next(20) != 0 || name.Length < 6)
        {
            return name;
        }

        var at = 1 + rng.Next(name.Length - 2);
        return name.Remove(at, 1);
    }
}
