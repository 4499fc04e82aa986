using System.Globalization;
using System.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Autocomplete over the snapshot's entities of one kind: names and aliases, prefix matches first, then word
/// starts, then substrings; case- and accent-insensitive. Each choice is the entity's name.
/// </summary>
internal sealed class EntityCompleter(ISnapshotSource? snapshots)
{
    public IReadOnlyList<string> Complete(EntityKind kind, string typed, int limit)
    {
        if (snapshots is null)
        {
            return [];
        }

        var query = Fold(typed.Trim());
        return snapshots.Current.OfKind(kind)
            .Select(entity => (entity.Name, Rank: Rank(entity, query)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(x => x.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .ToList();
    }

    private static int Rank(Entity entity, string query)
    {
        if (query.Length == 0)
        {
            return 0;
        }

        var best = int.MaxValue;
        foreach (var (text, penalty) in entity.Aliases.Select(a => (a, 1)).Prepend((entity.Name, 0)))
        {
            var folded = Fold(text);
            var rank = folded.StartsWith(query, StringComparison.Ordinal) ? 0
                : folded.Contains(" " + query, StringComparison.Ordinal) || folded.Contains("-" + query, StringComparison.Ordinal) ? 2
                : folded.Contains(query, StringComparison.Ordinal) ? 4
                : int.MaxValue;
            if (rank != int.MaxValue)
            {
                best = Math.Min(best, rank + penalty);
            }
        }

        return best;
    }

    /// <summary>Lower case without diacritics: "Zürich" and "zurich" fold alike.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
