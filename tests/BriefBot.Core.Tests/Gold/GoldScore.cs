using System.Globalization;
using System.Text;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Gold;

/// <summary>
/// Scores an extraction against a gold file with the gold file's own matching rules: case-insensitive; a gold name
/// matches an entity whose name or an alias equals it or one of the gold aliases; titles compare with quotes and case folded.
/// </summary>
internal sealed class GoldScore
{
    private readonly StringBuilder _gaps = new();

    public GoldScore(GoldFile gold, CorpusExtraction extraction)
    {
        var experts = extraction.Entities.Where(e => e.Kind == EntityKind.Expert).ToList();
        var actors = extraction.Entities.Where(e => e.Kind == EntityKind.Actor).ToList();
        var concepts = extraction.Entities.Where(e => e.Kind == EntityKind.Concept).ToList();

        var foundExperts = 0;
        var rolesRight = 0;
        foreach (var g in gold.Experts)
        {
            var e = Match(experts, g.Name, []);
            if (e is null)
            {
                Gap($"expert not found: {g.Name}");
                continue;
            }

            foundExperts++;
            var roleOk = g.RolesAny.Count == 0 || g.RolesAny.Any(r => e.Roles.Any(x => Contains(x, r)));
            var affOk = g.AffiliationsAny.Count == 0 || g.AffiliationsAny.Any(a => e.Affiliations.Any(x => Contains(x, a)));
            if (roleOk && affOk)
            {
                rolesRight++;
            }
            else
            {
                Gap($"expert role/affiliation wrong: {g.Name} has roles [{string.Join("; ", e.Roles)}] affiliations [{string.Join("; ", e.Affiliations)}]");
            }
        }

        ExpertRecall = Ratio(foundExperts, gold.Experts.Count);
        RolesRight = Ratio(rolesRight, gold.Experts.Count);
        var people = gold.People.Select(Norm).ToHashSet(StringComparer.Ordinal);
        var personLike = experts.Where(e => people.Contains(Norm(e.Name)) || e.Aliases.Any(a => people.Contains(Norm(a)))).ToList();
        foreach (var e in experts.Except(personLike))
        {
            Gap($"expert is not a person of the gold list: {e.Name}");
        }

        ExpertPrecision = Ratio(personLike.Count, experts.Count);

        var leadersFound = 0;
        foreach (var g in gold.Leaders)
        {
            if (Match(experts, g.Name, g.Aliases ?? []) is not null || Match(actors.Where(a => a.ActorKind == ActorKind.Leader), g.Name, g.Aliases ?? []) is not null)
            {
                leadersFound++;
            }
            else
            {
                Gap($"leader not found: {g.Name}");
            }
        }

        LeadersFound = Ratio(leadersFound, gold.Leaders.Count);

        var actorsFound = 0;
        foreach (var g in gold.Actors)
        {
            if (Match(actors, g.Name, g.Aliases ?? []) is not null)
            {
                actorsFound++;
            }
            else
            {
                Gap($"actor not found: {g.Name}");
            }
        }

        ActorRecall = Ratio(actorsFound, gold.Actors.Count);
        BadActors = gold.NotActors.Where(n => Match(actors, n, []) is not null).ToList();
        foreach (var bad in BadActors)
        {
            Gap($"not an actor but extracted as one: {bad}");
        }

        var conceptsFound = 0;
        var withDefinitionList = 0;
        var definitionsRight = 0;
        foreach (var g in gold.Concepts)
        {
            var c = Match(concepts, g.Name, g.Aliases ?? []);
            if (c is null)
            {
                Gap($"concept not found: {g.Name}");
            }
            else
            {
                conceptsFound++;
            }

            if (g.DefinitionAny.Count > 0)
            {
                withDefinitionList++;
                if (c?.Definition is { } d && g.DefinitionAny.Any(x => Contains(d, x)))
                {
                    definitionsRight++;
                }
                else if (c is not null)
                {
                    Gap($"definition of {g.Name} lacks [{string.Join(" | ", g.DefinitionAny)}]: {c.Definition}");
                }
            }
        }

        ConceptRecall = Ratio(conceptsFound, gold.Concepts.Count);
        DefinitionsRight = Ratio(definitionsRight, withDefinitionList);
        BadConcepts = gold.NotConcepts.Where(n => Match(concepts, n.TrimEnd('.'), [n]) is not null).ToList();
        foreach (var bad in BadConcepts)
        {
            Gap($"not a concept but extracted as one: {bad}");
        }

        LongConcepts = concepts.Where(c => c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6).Select(c => c.Name).ToList();
        foreach (var c in LongConcepts)
        {
            Gap($"concept longer than six words: {c}");
        }

        var readingsFound = 0;
        var attributed = 0;
        foreach (var g in gold.Readings)
        {
            var date = g.Date is null ? (DateOnly?)null : DateOnly.ParseExact(g.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var r = extraction.Readings.FirstOrDefault(x => Folding.TitleKey(x.Title) == Folding.TitleKey(g.Title) && x.Date == date);
            if (r is null)
            {
                Gap($"reading not found: {g.Date} “{g.Title}”");
                continue;
            }

            readingsFound++;
            if (r.Authors.Any(a => Norm(a) == Norm(g.Author)))
            {
                attributed++;
            }
            else
            {
                Gap($"reading “{g.Title}” attributed to [{string.Join(", ", r.Authors)}], expected {g.Author}");
            }
        }

        ReadingRecall = Ratio(readingsFound, gold.Readings.Count);
        ReadingAttribution = Ratio(attributed, gold.Readings.Count);
    }

    public double ExpertRecall { get; }

    public double ExpertPrecision { get; }

    public double RolesRight { get; }

    public double LeadersFound { get; }

    public double ActorRecall { get; }

    public IReadOnlyList<string> BadActors { get; }

    public double ConceptRecall { get; }

    public double DefinitionsRight { get; }

    public IReadOnlyList<string> BadConcepts { get; }

    public IReadOnlyList<string> LongConcepts { get; }

    public double ReadingRecall { get; }

    public double ReadingAttribution { get; }

    public bool MeetsBars =>
        ExpertRecall >= 1.0 && ExpertPrecision >= 0.95 && RolesRight >= 0.85 && LeadersFound >= 1.0 && ActorRecall >= 0.9 &&
        BadActors.Count == 0 && ConceptRecall >= 0.8 && DefinitionsRight >= 0.6 && BadConcepts.Count == 0 && LongConcepts.Count == 0 &&
        ReadingRecall >= 1.0 && ReadingAttribution >= 0.9;

    public string Report() =>
        string.Create(CultureInfo.InvariantCulture, $"""
            experts recall {ExpertRecall:P0} (bar 100 %), precision {ExpertPrecision:P0} (bar 95 %), roles+affiliations {RolesRight:P0} (bar 85 %)
            leaders found {LeadersFound:P0} (bar 100 %)
            actors recall {ActorRecall:P0} (bar 90 %), not_actors extracted {BadActors.Count} (bar 0)
            concepts recall {ConceptRecall:P0} (bar 80 %), definitions {DefinitionsRight:P0} (bar 60 %), not_concepts extracted {BadConcepts.Count}, longer than six words {LongConcepts.Count} (bar 0)
            readings recall {ReadingRecall:P0} (bar 100 %), attribution {ReadingAttribution:P0} (bar 90 %)
            gaps:
            {_gaps}
            """);

    private void Gap(string text) => _gaps.Append("  - ").AppendLine(text);

    private static Entity? Match(IEnumerable<Entity> entities, string name, IReadOnlyList<string> aliases)
    {
        var wanted = new[] { name }.Concat(aliases).Select(Norm).ToHashSet(StringComparer.Ordinal);
        return entities.FirstOrDefault(e => wanted.Contains(Norm(e.Name)) || e.Aliases.Any(a => wanted.Contains(Norm(a))));
    }

    private static bool Contains(string haystack, string needle) => Norm(haystack).Contains(Norm(needle), StringComparison.Ordinal);

    private static string Norm(string s) => s.Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
}
