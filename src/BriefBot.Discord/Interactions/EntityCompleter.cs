using BriefBot.Core.Knowledge;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Autocomplete choices for an entity argument, from the snapshot in force, through Core's matcher (names and
/// aliases, prefix before substring, folded for case and accents). Each choice is the entity's name.
/// </summary>
internal sealed class EntityCompleter(ISnapshotSource? snapshots)
{
    public IReadOnlyList<string> Complete(EntityKind kind, string typed, int limit) =>
        snapshots is null
            ? []
            : snapshots.Current.Matcher.Complete(typed.Trim(), kind, limit * 2)
                .Select(entity => entity.Name)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(limit)
                .ToList();
}
