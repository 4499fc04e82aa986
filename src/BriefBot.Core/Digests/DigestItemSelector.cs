using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Digests;

/// <summary>
/// Chooses a digest's readings: the most relevant the chat has not received, varied in authors,
/// and a new round of the rotation once every candidate has been received.
/// </summary>
public static class DigestItemSelector
{
    public static (IReadOnlyList<Reading> Items, bool RotationRestarted) Select(
        IReadOnlyList<Reading> rankedCandidates, IReadOnlySet<string> received, int count)
    {
        ArgumentNullException.ThrowIfNull(rankedCandidates);
        ArgumentNullException.ThrowIfNull(received);
        var target = Math.Min(count, rankedCandidates.Count);
        var unseen = rankedCandidates.Where(r => !received.Contains(r.Id)).ToList();
        var picked = PickVaried(unseen, target, []);
        var restarted = false;
        if (picked.Count < target)
        {
            restarted = true;
            var pickedIds = picked.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var rest = rankedCandidates.Where(r => !pickedIds.Contains(r.Id)).ToList();
            picked.AddRange(PickVaried(rest, target - picked.Count, AuthorsOf(picked)));
        }

        return (picked, restarted);
    }

    /// <summary>Takes in rank order, skipping a reading whose authors already appear while readings by others remain.</summary>
    private static List<Reading> PickVaried(IReadOnlyList<Reading> ranked, int count, HashSet<string> usedAuthors)
    {
        var picked = new List<Reading>();
        foreach (var reading in ranked)
        {
            if (picked.Count == count)
            {
                return picked;
            }

            var authors = AuthorKeys(reading);
            if (!authors.Overlaps(usedAuthors))
            {
                picked.Add(reading);
                usedAuthors.UnionWith(authors);
            }
        }

        foreach (var reading in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }

            if (!picked.Contains(reading))
            {
                picked.Add(reading);
            }
        }

        return picked;
    }

    private static HashSet<string> AuthorsOf(IEnumerable<Reading> readings) =>
        readings.SelectMany(AuthorKeys).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> AuthorKeys(Reading reading) =>
        reading.Authors.Select(a => Text.TextFolding.Fold(a)).Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
}
