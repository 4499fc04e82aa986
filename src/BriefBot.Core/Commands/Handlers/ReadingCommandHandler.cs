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
        var replies = snapshots.Replies;
        var snapshot = replies.Snapshot;
        if (request.Argument.Length == 0)
        {
            // The same for every asker on a snapshot, and a pass over every reading: worked out once.
            return Task.FromResult(replies.GetOrCompose(ReplyKey.AllReading, static (s, _) => Newest(s), 0));
        }

        var (topic, page) = Paging(request.Argument);
        var match = snapshot.Matcher.Match(topic, null);
        return Task.FromResult(match.Outcome switch
        {
            MatchOutcome.Found => replies.GetOrCompose(ReplyKey.Reading(match.Entity!, page), static (s, x) => List(s, x.Entity, x.page), (Entity: match.Entity!, page)),
            MatchOutcome.Ambiguous => new Reply(ReplyStatus.Ambiguous, null, [Line($"“{TypedText.Quote(topic)}” could mean several things. Reading on:")], [], [], match.Candidates.Take(8).Select(e => new ReplyButton(e.Name, $"/reading {e.Name}")).ToList()),
            _ => new Reply(ReplyStatus.NotFound, null, [Line($"I know no actor, expert or concept called “{TypedText.Quote(topic)}”.")], [], [], match.Candidates.Select(e => new ReplyButton(e.Name, $"/reading {e.Name}")).ToList()),
        });
    }

    /// <summary>"blue bargain more" → page 2, "blue bargain more 3" → page 3, anything else → page 1.</summary>
    private static (string Topic, int Page) Paging(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && string.Equals(words[^1], "more", StringComparison.OrdinalIgnoreCase))
        {
            return (string.Join(' ', words[..^1]), 2);
        }

        if (words.Length >= 3 && string.Equals(words[^2], "more", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(words[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 10_000)
        {
            return (string.Join(' ', words[..^2]), page);
        }

        return (argument, 1);
    }

    /// <summary>One page of the reading on a topic, closest to it first (<see cref="RelatedReading"/>), with a "More" button while some are left.</summary>
    private static Reply List(KnowledgeSnapshot snapshot, Entity topic, int page)
    {
        var all = RelatedReading.For(snapshot, topic);
        if (all.Count == 0)
        {
            return Reply.Text(ReplyStatus.NotFound, $"The articles cite no reading on {topic.Name}. Try /{KindLabels.Command(topic.Kind)} {topic.Name}.");
        }

        var pages = (all.Count + Shown - 1) / Shown;
        if (page > pages)
        {
            return Reply.Text(ReplyStatus.NotFound, $"The reading on {topic.Name} has {pages} {(pages == 1 ? "page" : "pages")} ({all.Count} works): try /reading {topic.Name}.");
        }

        var shown = all.Skip((page - 1) * Shown).Take(Shown).ToList();
        var title = page == 1 ? $"Reading on {topic.Name}" : $"Reading on {topic.Name} ({(page - 1) * Shown + 1}–{(page - 1) * Shown + shown.Count} of {all.Count})";
        var body = new List<Block> { Bullets(shown.Select(r => RelatedReading.Describe(r, snapshot, withArticle: true))) };
        var left = all.Count - (page - 1) * Shown - shown.Count;
        List<ReplyButton> buttons = [];
        if (left > 0)
        {
            var next = page == 1 ? $"/reading {topic.Name} more" : $"/reading {topic.Name} more {page + 1}";
            body.Add(Line(Plain($"and {left} more: "), Code(next)));
            buttons.Add(new ReplyButton("More", next));
        }

        var sources = shown.Select(r => snapshot.FindArticle(r.ArticleId)?.Title).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new Reply(ReplyStatus.Ok, title, body, [], sources, buttons);
    }

    private static Reply Newest(KnowledgeSnapshot snapshot)
    {
        var all = snapshot.Readings.OrderByDescending(r => r.SortDate).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        return List(snapshot, $"Further reading ({all.Count})", all, "No reading is cited in the articles loaded.");
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
