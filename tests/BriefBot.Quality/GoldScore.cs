using BriefBot.Core.Knowledge;

namespace BriefBot.Quality;

/// <summary>
/// Scores an extraction (as the rows `inspect --json` prints) against a gold file with exactly the rules of
/// ../shared/eval/score.py, and prints the same lines. <see cref="Figures"/> holds the numbers the ratchet keeps.
/// </summary>
internal sealed class GoldScore
{
    private readonly List<string> _lines = [];
    private readonly List<Figure> _figures = [];
    private readonly double _worstRecall;
    private readonly double _expertPrecision;
    private readonly List<double> _closedListPrecisions = [];

    public GoldScore(GoldFile gold, KnowledgeDump dump)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(dump);
        var experts = dump.Experts ?? [];
        var actors = dump.Actors ?? [];
        var concepts = dump.Concepts ?? [];
        var readings = dump.Readings ?? [];
        var goldExperts = gold.Experts ?? [];
        var goldLeaders = gold.Leaders ?? [];

        // experts: recall, role and affiliation attribution, precision against the closed list of people
        int hit = 0, role = 0, aff = 0;
        var missing = new List<string?>();
        foreach (var g in goldExperts)
        {
            var e = Find(g.Name, g.Aliases, experts, x => Fold.Names(x.Name, x.Aliases));
            if (e is null)
            {
                missing.Add(g.Name);
                continue;
            }

            hit++;
            var textRoles = string.Join(" | ", e.Roles ?? []).ToLowerInvariant();
            var textAffs = string.Join(" | ", (e.Affiliations ?? []).Concat(e.Roles ?? [])).ToLowerInvariant();
            var roleRight = g.RolesAny is not { Count: > 0 } || g.RolesAny.Any(r => textRoles.Contains(r.ToLowerInvariant(), StringComparison.Ordinal));
            var affRight = g.AffiliationsAny is not { Count: > 0 } || g.AffiliationsAny.Any(a => textAffs.Contains(a.ToLowerInvariant(), StringComparison.Ordinal));
            role += roleRight ? 1 : 0;
            aff += affRight ? 1 : 0;
            RolesAndAffiliationsRight += roleRight && affRight ? 1 : 0;
        }

        var people = (gold.People ?? []).Select(Fold.Text).ToHashSet(StringComparer.Ordinal);
        var leaders = goldLeaders.Select(l => Fold.Text(l.Name)).Concat(goldLeaders.SelectMany(l => (l.Aliases ?? []).Select(Fold.Text))).ToHashSet(StringComparer.Ordinal);
        var peopleOrLeaders = people.Union(leaders).ToHashSet(StringComparer.Ordinal);
        var strangers = experts.Where(e => !Fold.Names(e.Name, e.Aliases).Overlaps(peopleOrLeaders)).Select(e => e.Name).ToList();
        var n = goldExperts.Count;
        var rExp = n > 0 ? (double)hit / n : 1.0;
        _expertPrecision = experts.Count > 0 ? (double)(experts.Count - strangers.Count) / experts.Count : 0.0;
        _lines.Add($"experts: recall {hit}/{n}={F(rExp)} precision {F(_expertPrecision)} roles {role}/{n} affiliations {aff}/{n}"
            + (missing.Count > 0 ? $" missing={L(missing)}" : "") + (strangers.Count > 0 ? $" not-people={L(strangers.Take(8))}" : ""));
        _figures.Add(new("experts.recall", rExp));
        _figures.Add(new("experts.precision", _expertPrecision));
        _figures.Add(new("experts.roles", Figure.Ratio(role, n)));
        _figures.Add(new("experts.affiliations", Figure.Ratio(aff, n)));
        ExpertCount = n;

        // leaders: found as experts or actors (and, beyond score.py, found as actors of kind leader)
        var lhit = goldLeaders.Count(l =>
            Find(l.Name, l.Aliases, experts, x => Fold.Names(x.Name, x.Aliases)) is not null ||
            Find(l.Name, l.Aliases, actors, x => Fold.Names(x.Name, x.Aliases)) is not null);
        LeadersAsLeaders = goldLeaders.Count(l => Find(l.Name, l.Aliases, actors.Where(a => a.Kind == "leader"), x => Fold.Names(x.Name, x.Aliases)) is not null);
        LeaderCount = goldLeaders.Count;
        if (goldLeaders.Count > 0)
        {
            _lines.Add($"leaders: {lhit}/{goldLeaders.Count}");
            _figures.Add(new("leaders", Figure.Ratio(lhit, goldLeaders.Count)));
            _figures.Add(new("leaders.asLeaders", Figure.Ratio(LeadersAsLeaders, goldLeaders.Count)));
        }

        // actors: recall, and named junk (judged by the name an entity is shown under)
        var goldActors = gold.Actors ?? [];
        var amiss = goldActors.Where(g => Find(g.Name, g.Aliases, actors, x => Fold.Names(x.Name, x.Aliases)) is null).Select(g => (string?)g.Name).ToList();
        var ajunk = (gold.NotActors ?? []).Where(x => actors.Any(a => Fold.Text(a.Name) == Fold.Text(x))).Select(x => (string?)x).ToList();
        var na = goldActors.Count;
        var rAct = na > 0 ? (double)(na - amiss.Count) / na : 1.0;
        _lines.Add($"actors: recall {na - amiss.Count}/{na}={F(rAct)} junk {ajunk.Count}"
            + (amiss.Count > 0 ? $" missing={L(amiss)}" : "") + (ajunk.Count > 0 ? $" junk={L(ajunk)}" : ""));
        _figures.Add(new("actors.recall", rAct));
        _figures.Add(new("actors.junk", ajunk.Count, AtMost: true));

        // concepts: recall, definitions, junk, and size bound
        var goldConcepts = gold.Concepts ?? [];
        var cmiss = new List<string?>();
        var cdef = 0;
        foreach (var g in goldConcepts)
        {
            var e = Find(g.Name, g.Aliases, concepts, x => Fold.Names(x.Name, x.Aliases));
            if (e is null)
            {
                cmiss.Add(g.Name);
                continue;
            }

            var d = (e.Definition ?? "").ToLowerInvariant();
            if (g.DefinitionAny is not { Count: > 0 } || g.DefinitionAny.Any(k => d.Contains(k.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                cdef++;
            }
        }

        var cjunk = (gold.NotConcepts ?? []).Where(x => concepts.Any(c => Fold.Text(c.Name) == Fold.Text(x))).Select(x => (string?)x).ToList();
        var longJunk = concepts.Where(c => Fold.WordCount(c.Name) > 6).Select(c => (string?)c.Name).ToList();
        var nc = goldConcepts.Count;
        var rCon = nc > 0 ? (double)(nc - cmiss.Count) / nc : 1.0;
        _lines.Add($"concepts: recall {nc - cmiss.Count}/{nc}={F(rCon)} definitions {cdef}/{nc} junk {cjunk.Count + longJunk.Count} total {concepts.Count}"
            + (cmiss.Count > 0 ? $" missing={L(cmiss)}" : "") + (cjunk.Count > 0 || longJunk.Count > 0 ? $" junk={L(cjunk.Concat(longJunk).Take(6))}" : ""));
        _figures.Add(new("concepts.recall", rCon));
        _figures.Add(new("concepts.definitions", Figure.Ratio(cdef, nc)));
        _figures.Add(new("concepts.junk", cjunk.Count + longJunk.Count, AtMost: true));

        // readings: date+title recall, attribution
        var goldReadings = gold.Readings ?? [];
        int rhit = 0, rattr = 0;
        var rmiss = new List<string?>();
        foreach (var g in goldReadings)
        {
            var m = readings.FirstOrDefault(r => Fold.Text(r.Title) == Fold.Text(g.Title) && (g.Date is null || First10(r.Date) == g.Date));
            if (m is null)
            {
                rmiss.Add(g.Date);
                continue;
            }

            rhit++;
            var authors = (m.Authors ?? []).Select(Fold.Text).ToList();
            var author = Fold.Text(g.Author);
            if (authors.Contains(author) || authors.Any(a => a.Contains(LastWord(author), StringComparison.Ordinal)))
            {
                rattr++;
            }
        }

        var nr = goldReadings.Count;
        var rRead = nr > 0 ? (double)rhit / nr : 1.0;
        _lines.Add($"readings: recall {rhit}/{nr}={F(rRead)} attributed {rattr}/{nr}" + (rmiss.Count > 0 ? $" missing={L(rmiss)}" : ""));
        _figures.Add(new("readings.recall", rRead));
        _figures.Add(new("readings.attributed", Figure.Ratio(rattr, nr)));

        // precision against closed lists (real-text gold files carry them): every extracted item must be acceptable
        var extra = "";
        if (gold.AcceptableActors is not null)
        {
            var okA = gold.AcceptableActors.Select(Fold.Text).Concat(people).Concat(leaders)
                .Concat(goldActors.SelectMany(g => (g.Aliases ?? []).Prepend(g.Name).Select(Fold.Text))).ToHashSet(StringComparer.Ordinal);
            var bad = actors.Where(a => !Fold.Names(a.Name, a.Aliases).Overlaps(okA)).Select(a => (string?)a.Name).ToList();
            extra += ClosedList("actors", "actors.precision", "actors precision", "wrong", actors.Count, bad);
        }

        if (gold.AcceptableConcepts is not null)
        {
            var okC = gold.AcceptableConcepts.Select(Fold.Text)
                .Concat(goldConcepts.SelectMany(g => (g.Aliases ?? []).Prepend(g.Name).Select(Fold.Text))).ToHashSet(StringComparer.Ordinal);
            var bad = concepts.Where(c => !Fold.Names(c.Name, c.Aliases).Overlaps(okC)).Select(c => (string?)c.Name).ToList();
            extra += ClosedList("concepts", "concepts.precision", "concepts precision", "wrong", concepts.Count, bad);
        }

        if (gold.AcceptableExpertsExtra is not null)
        {
            // as score.py: the gold experts' names, not their aliases
            var okE = goldExperts.Select(g => Fold.Text(g.Name)).Concat(gold.AcceptableExpertsExtraNames().Select(Fold.Text)).Concat(leaders).ToHashSet(StringComparer.Ordinal);
            var bad = experts.Where(e => !Fold.Names(e.Name, e.Aliases).Overlaps(okE)).Select(e => (string?)e.Name).ToList();
            extra += ClosedList("experts-as-sources", "experts.sources", "experts shown who are sources", "others", experts.Count, bad);
        }

        _worstRecall = new[] { rExp, rAct, rCon, rRead }.Min();
        _lines.Add($"score: experts R{F(rExp)}/P{F(_expertPrecision)} actors R{F(rAct)} concepts R{F(rCon)} readings R{F(rRead)} attributed {rattr}/{nr}{extra}");
    }

    /// <summary>The lines score.py prints, in its order and format.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>A line beyond score.py's: what the bars ask and score.py does not print.</summary>
    public string AlsoLine =>
        $"also: leaders as leaders {LeadersAsLeaders}/{LeaderCount} experts with role and affiliation right {RolesAndAffiliationsRight}/{ExpertCount}";

    public IReadOnlyList<Figure> Figures => _figures;

    public int ExpertCount { get; }

    public int RolesAndAffiliationsRight { get; }

    public int LeaderCount { get; }

    public int LeadersAsLeaders { get; }

    public double this[string figure] => _figures.Single(f => f.Name == figure).Value;

    /// <summary>score.py's exit rule: the worst recall and every precision at least the bounds given.</summary>
    public bool Meets(double minRecall, double minPrecision) =>
        _worstRecall >= minRecall && _expertPrecision >= minPrecision && (_closedListPrecisions.Count == 0 || _closedListPrecisions.Min() >= minPrecision);

    public override string ToString() => string.Join(Environment.NewLine, _lines.Append(AlsoLine));

    private string ClosedList(string key, string figure, string label, string badLabel, int total, List<string?> bad)
    {
        var p = total > 0 ? (double)(total - bad.Count) / total : 1.0;
        _closedListPrecisions.Add(p);
        _figures.Add(new(figure, p));
        _lines.Add($"{label}: {total - bad.Count}/{total}={F(p)}" + (bad.Count > 0 ? $" {badLabel}={L(bad.Take(12))}" : ""));
        return $" P-{key} {F(p)}";
    }

    private static T? Find<T>(string name, IReadOnlyList<string>? aliases, IEnumerable<T> extracted, Func<T, HashSet<string>> names)
        where T : class
    {
        var want = Fold.Names(name, aliases);
        return extracted.FirstOrDefault(e => names(e).Overlaps(want));
    }

    private static string First10(string? date) => date is null ? "" : date[..Math.Min(10, date.Length)];

    private static string LastWord(string folded)
    {
        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? words[^1] : "\uFFFF-no-author";
    }

    private static string F(double x) => PythonText.F2(x);

    private static string L(IEnumerable<string?> items) => PythonText.List(items);
}
