namespace BriefBot.Benchmarks.Corpus;

/// <summary>A state or organisation: "the Federal Republic of Velmaria (FRV)", known afterwards as "Velmaria" or "FRV".</summary>
internal sealed record Actor(string FullName, string ShortName, string? Acronym, bool IsState);

/// <summary>A person: an expert with a role and an affiliation, or a leader holding an office in a state.</summary>
internal sealed record Person(string First, string Last, string Role, Actor Affiliation, bool IsLeader)
{
    public string Name => $"{First} {Last}";
}

/// <summary>A quoted term with what it means.</summary>
internal sealed record Concept(string Term, string Definition);

/// <summary>
/// The invented world the articles talk about, drawn once from the seed: its size grows with the corpus so that
/// a large archive has a long tail of names, as a real one does.
/// </summary>
internal sealed class World
{
    private World(IReadOnlyList<Actor> states, IReadOnlyList<Actor> organisations, IReadOnlyList<Actor> institutes,
        IReadOnlyList<Person> experts, IReadOnlyList<Person> leaders, IReadOnlyList<Concept> concepts, IReadOnlyList<string> outlets)
    {
        States = states;
        Organisations = organisations;
        Institutes = institutes;
        Experts = experts;
        Leaders = leaders;
        Concepts = concepts;
        Outlets = outlets;
    }

    public IReadOnlyList<Actor> States { get; }
    public IReadOnlyList<Actor> Organisations { get; }
    public IReadOnlyList<Actor> Institutes { get; }
    public IReadOnlyList<Person> Experts { get; }
    public IReadOnlyList<Person> Leaders { get; }
    public IReadOnlyList<Concept> Concepts { get; }
    public IReadOnlyList<string> Outlets { get; }

    public static World Create(int articles, int seed)
    {
        var rng = new Random(seed);
        var names = new NameMaker(rng);
        var scale = Math.Max(1, articles);

        var states = new List<Actor>();
        foreach (var country in WordLists.RealCountries)
        {
            states.Add(new Actor(country, country, null, IsState: true));
        }

        for (var i = 0; i < 40 + (scale / 250); i++)
        {
            var shortName = names.Place(WordLists.StateSuffixes[rng.Next(WordLists.StateSuffixes.Length)]);
            var form = WordLists.StateForms[rng.Next(WordLists.StateForms.Length)];
            var full = $"{form} {shortName}";
            states.Add(new Actor(full, shortName, Acronym(full), IsState: true));
        }

        var organisations = new List<Actor>();
        var seenAcronyms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; organisations.Count < 40 + (scale / 200) && i < 10_000; i++)
        {
            var qualifier = rng.Next(3) == 0 ? names.Place("an") : WordLists.OrgQualifiers[rng.Next(WordLists.OrgQualifiers.Length)];
            var full = $"{qualifier} {WordLists.OrgDomains[rng.Next(WordLists.OrgDomains.Length)]} {WordLists.OrgBodies[rng.Next(WordLists.OrgBodies.Length)]}";
            var acronym = Acronym(full);
            if (seenAcronyms.Add(acronym))
            {
                organisations.Add(new Actor(full, full, acronym, IsState: false));
            }
        }

        var institutes = new List<Actor>();
        for (var i = 0; institutes.Count < 30 + (scale / 300) && i < 10_000; i++)
        {
            var full = $"{names.Place(string.Empty)} {WordLists.InstituteKinds[rng.Next(WordLists.InstituteKinds.Length)]} {WordLists.Fields[rng.Next(WordLists.Fields.Length)]}";
            var acronym = Acronym(full);
            if (seenAcronyms.Add(acronym))
            {
                institutes.Add(new Actor(full, full, acronym, IsState: false));
            }
        }

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var experts = new List<Person>();
        while (experts.Count < 120 + (scale / 20))
        {
            var (first, last) = names.Person();
            if (usedNames.Add($"{first} {last}"))
            {
                experts.Add(new Person(first, last, WordLists.ExpertRoles[rng.Next(WordLists.ExpertRoles.Length)], institutes[rng.Next(institutes.Count)], IsLeader: false));
            }
        }

        var leaders = new List<Person>();
        foreach (var state in states)
        {
            for (var k = 0; k < 2; k++)
            {
                var (first, last) = names.Person();
                if (usedNames.Add($"{first} {last}"))
                {
                    leaders.Add(new Person(first, last, WordLists.LeaderOffices[rng.Next(WordLists.LeaderOffices.Length)], state, IsLeader: true));
                }
            }
        }

        var concepts = new List<Concept>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; concepts.Count < 60 + (scale / 40) && i < 100_000; i++)
        {
            var term = rng.Next(4) == 0
                ? $"{names.Place("ian")} {WordLists.ConceptNouns[rng.Next(WordLists.ConceptNouns.Length)]}"
                : $"{WordLists.ConceptQualifiers[rng.Next(WordLists.ConceptQualifiers.Length)]} {WordLists.ConceptNouns[rng.Next(WordLists.ConceptNouns.Length)]}";
            if (terms.Add(term))
            {
                var definition = $"{WordLists.DefinitionHeads[rng.Next(WordLists.DefinitionHeads.Length)]} {WordLists.DefinitionBodies[rng.Next(WordLists.DefinitionBodies.Length)]}";
                concepts.Add(new Concept(term, definition));
            }
        }

        var outlets = Enumerable.Range(0, 12)
            .Select(_ => $"{names.Place(string.Empty)} {WordLists.Publications[rng.Next(WordLists.Publications.Length)]}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new World(states, organisations, institutes, experts, leaders, concepts, outlets);
    }

    private static string Acronym(string fullName) =>
        string.Concat(fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("of" or "for" or "the" or "and"))
            .Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>Pronounceable invented words from syllables.</summary>
    private sealed class NameMaker(Random rng)
    {
        public string Place(string suffix)
        {
            var word = Syllable() + Syllable() + (rng.Next(3) == 0 ? Syllable() : string.Empty);
            return Capital(word.TrimEnd('a', 'e', 'i', 'o', 'u', 'y') + suffix);
        }

        public (string First, string Last) Person()
        {
            var first = Capital(Syllable() + Syllable() + (rng.Next(2) == 0 ? WordLists.Codas[rng.Next(WordLists.Codas.Length)] : string.Empty));
            var last = Capital(Syllable() + Syllable() + (rng.Next(2) == 0 ? Syllable() : string.Empty) + WordLists.Codas[rng.Next(1, WordLists.Codas.Length)]);
            return (first, last);
        }

        private string Syllable() => WordLists.Onsets[rng.Next(WordLists.Onsets.Length)] + WordLists.Vowels[rng.Next(WordLists.Vowels.Length)];

        private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
    }
}
