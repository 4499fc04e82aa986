namespace BriefBot.Core.Briefings;

/// <summary>
/// Composes every entity's briefing (and with it the entity's reading) on a snapshot ahead of the first ask,
/// so that asking is a lookup. The most mentioned entities, the likeliest to be asked, go first.
/// </summary>
public static class BriefingWarmer
{
    /// <param name="keepGoing">Checked between entities: false stops early (e.g. the snapshot has been replaced).</param>
    /// <returns>How many briefings were composed.</returns>
    public static int Warm(ComposedReplies replies, Func<bool>? keepGoing = null, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var entities = replies.Snapshot.Entities.ToArray();
        Array.Sort(entities, (a, b) => a.Mentions.Count != b.Mentions.Count
            ? b.Mentions.Count.CompareTo(a.Mentions.Count)
            : string.CompareOrdinal(a.Id, b.Id));
        var composed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount };
        Parallel.ForEach(entities, options, (entity, state) =>
        {
            if (keepGoing is not null && !keepGoing())
            {
                state.Stop();
                return;
            }

            replies.Briefing(entity);
            Interlocked.Increment(ref composed);
        });
        return composed;
    }
}
