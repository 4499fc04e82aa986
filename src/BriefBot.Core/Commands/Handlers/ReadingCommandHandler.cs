using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/reading TOPIC: the works cited about an actor, expert or concept; with no topic, the newest of all.</summary>
public sealed class ReadingCommandHandler(ISnapshotSource snapshots) : ICommandHandler
{
    private const int Shown = 10;

    public string Name => "reading";

    public string Description => "Further reading on an actor, expert or concept";

    public CommandArgument Argument => new("TOPIC", Required: false, Completes: null);

    /// <remarks>A topic's reply is the same for every asker on a snapshot, so it is worked out once.</remarks>
    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = snapshots.Current;
        if (request.Argument.Length == 0)
        {
            // The same for every asker on a snapshot, and a pass over every reading: worked out once.
            return Task.FromResult(snapshot.Remember("reply:reading", () =>
            {
                var all = snapshot.Readings.OrderByDescending(r => r.SortDate).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
                return List(snapshot, $"Further reading ({all.Count})", all, "No reading is cited in the articles loaded.");
            }));
        }

        var match = snapshot.Matcher.Match(request.Argument, null);
        return Task.FromResult(match.Outcome switch
        {
            MatchOutcome.Found => snapshot.Remember($"reply:reading:{match.Entity!.Id}", () => List(snapshot, $"Reading on {match.Entity.Name}", RelatedReading.For(snapshot, match.Entity), $"The articles cite no reading on {match.Entity.Name}. Try /{KindLabels.Command(match.Entity.Kind)} {match.Entity.Name}.")),
            MatchOutcome.Ambiguous => new Reply(ReplyStatus.Ambiguous, null, [Line($"“{TypedText.Quote(request.Argument)}” could mean several things. Reading on:")], [], [], match.Candidates.Take(8).Select(e => new ReplyButton(e.Name, $"/reading {e.Name}")).ToList()),
            _ => new Reply(ReplyStatus.NotFound, null, [Line($"I know no actor, expert or concept called “{TypedText.Quote(request.Argument)}”.")], [], [], match.Candidates.Select(e => new ReplyButton(e.Name, $"/reading {e.Name}")).ToList()),
        });
    }

    private static Reply List(KnowledgeSnapshot snapshot, string title, IReadOnlyList<Reading> readings, string none)
    {
        if (readings.Count == 0)
        {
            return Reply.Text(ReplyStatus.NotFound, none);
        }

        var shown = readings.Take(Shown).ToList();
        var body = new List<Block> { Bullets(shown.Select(r => RelatedReading.Describe(r, snapshot, withArticle: true))) };
        if (readings.Count > Shown)
        {
            body.Add(Line($"and {readings.Count - Shown} more"));
        }

        // The articles citing the works shown, not every work found: a popular topic is cited in most of an archive.
        var sources = shown.Select(r => snapshot.FindArticle(r.ArticleId)?.Title).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new Reply(ReplyStatus.Ok, title, body, [], sources, []);
    }
}
