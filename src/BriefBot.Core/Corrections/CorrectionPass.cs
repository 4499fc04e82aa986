using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Corrections;

/// <summary>
/// Applies admins' corrections to what extraction learnt, as one pass over the entities after extraction (so the
/// extractor has no special cases), in the order they were made. A correction whose entity is not in the content
/// (any more) changes nothing and is reported unused.
/// </summary>
public static class CorrectionPass
{
    public static (CorpusExtraction Extraction, IReadOnlySet<long> Used) Apply(CorpusExtraction extraction, IReadOnlyList<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(corrections);
        var used = new HashSet<long>();
        if (corrections.Count == 0)
        {
            return (extraction, used);
        }

        var entities = extraction.Entities.ToList();
        var replaced = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var correction in corrections)
        {
            var at = Find(entities, correction.Target);
            if (at < 0)
            {
                continue;
            }

            var entity = entities[at];
            switch (correction.Kind)
            {
                case CorrectionKind.Hide:
                    entities.RemoveAt(at);
                    replaced[entity.Id] = null;
                    used.Add(correction.Id);
                    break;
                case CorrectionKind.Rename when !string.IsNullOrWhiteSpace(correction.Value):
                    entities[at] = entity with { Name = correction.Value, Aliases = [.. entity.Aliases.Append(entity.Name).Where(a => a != correction.Value).Distinct(StringComparer.Ordinal)] };
                    used.Add(correction.Id);
                    break;
                case CorrectionKind.Kind when ParseKind(correction.Value) is var (kind, actorKind):
                    entities[at] = entity with { Kind = kind, ActorKind = actorKind };
                    used.Add(correction.Id);
                    break;
                case CorrectionKind.Merge when correction.Value is not null && Find(entities, correction.Value) is var into && into >= 0 && into != at:
                    entities[into] = Merge(entities[into], entity);
                    entities.RemoveAt(at);
                    replaced[entity.Id] = entities[into > at ? into - 1 : into].Id;
                    used.Add(correction.Id);
                    break;
            }
        }

        if (used.Count == 0)
        {
            return (extraction, used);
        }

        var readings = replaced.Count == 0
            ? extraction.Readings
            : extraction.Readings.Select(r => r with { TopicIds = [.. r.TopicIds.Select(t => replaced.TryGetValue(t, out var to) ? to : t).OfType<string>().Distinct(StringComparer.Ordinal)] }).ToList();
        return (new CorpusExtraction(entities, readings), used);
    }

    /// <summary>"leader" → (Actor, Leader), "expert" → (Expert, null), ...; null for a word that names no kind.</summary>
    public static (EntityKind Kind, ActorKind? ActorKind)? ParseKind(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "leader" => (EntityKind.Actor, ActorKind.Leader),
        "state" => (EntityKind.Actor, ActorKind.State),
        "organisation" or "organization" => (EntityKind.Actor, ActorKind.Organisation),
        "expert" => (EntityKind.Expert, null),
        "concept" => (EntityKind.Concept, null),
        _ => null,
    };

    /// <summary>The entity called <paramref name="name"/> (ignoring case and accents): by its name first, else by an alias.</summary>
    public static int Find(IReadOnlyList<Entity> entities, string name)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var folded = TextFolding.Fold(name ?? string.Empty);
        if (folded.Length == 0)
        {
            return -1;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (TextFolding.Fold(entities[i].Name) == folded)
            {
                return i;
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Aliases.Any(a => TextFolding.Fold(a) == folded))
            {
                return i;
            }
        }

        return -1;
    }

    private static Entity Merge(Entity into, Entity from) => into with
    {
        Aliases = [.. into.Aliases.Append(from.Name).Concat(from.Aliases).Where(a => a != into.Name).Distinct(StringComparer.Ordinal)],
        Roles = [.. into.Roles.Concat(from.Roles).Distinct(StringComparer.Ordinal)],
        Affiliations = [.. into.Affiliations.Concat(from.Affiliations).Distinct(StringComparer.Ordinal)],
        Definition = into.Definition ?? from.Definition,
        Mentions = [.. into.Mentions.Concat(from.Mentions).Distinct()],
        Quotes = [.. into.Quotes.Concat(from.Quotes)],
    };
}
