using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/stats: what the bot knows; admins also see how it is running.</summary>
public sealed class StatsCommandHandler(ISnapshotSource snapshots, IEnumerable<IStatsContributor> contributors) : ICommandHandler
{
    public string Name => "stats";

    public string Description => "What I know, and (for admins) how I am running";

    public CommandArgument Argument => CommandArgument.None;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = snapshots.Current;
        var lines = new List<StatLine>
        {
            new("Articles", snapshot.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Actors", Count(snapshot, EntityKind.Actor)),
            new("Experts", Count(snapshot, EntityKind.Expert)),
            new("Concepts", Count(snapshot, EntityKind.Concept)),
            new("Readings", snapshot.Readings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        foreach (var contributor in contributors)
        {
            lines.AddRange(await contributor.GetAsync(request.Context.IsBotAdmin, cancellationToken).ConfigureAwait(false));
        }

        var items = lines.Select(l => (IReadOnlyList<Span>)[Bold(l.Label + ": "), Plain(l.Value)]);
        return new Reply(ReplyStatus.Ok, "Stats", [Bullets(items)], [], [], []);
    }

    private static string Count(KnowledgeSnapshot snapshot, EntityKind kind)
    {
        var entities = snapshot.OfKind(kind).ToList();
        var count = entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (kind != EntityKind.Actor)
        {
            return count;
        }

        var byKind = entities.GroupBy(e => e.ActorKind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key?.ToString().ToLowerInvariant()}");
        return $"{count} ({string.Join(", ", byKind)})";
    }
}
