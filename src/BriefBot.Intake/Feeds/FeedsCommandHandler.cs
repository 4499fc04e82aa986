using System.Globalization;
using BriefBot.Core.Commands;
using BriefBot.Core.Feeds;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Options;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Intake.Feeds;

/// <summary>
/// /feeds (admins): with nothing, the feeds followed, with their last poll, articles added and last error;
/// <c>/feeds add URL</c> follows a feed and takes its entries in at once; <c>/feeds remove URL</c> stops following it.
/// </summary>
public sealed class FeedsCommandHandler(FeedPoller poller, IFeedStore store, IOptions<FeedOptions> options, TimeProvider time) : ICommandHandler
{
    private const string Usage = "Use /feeds to list the feeds I follow, /feeds add https://... to follow one, /feeds remove https://... to stop.";

    public string Name => "feeds";

    public string Description => "Admins: follow RSS or Atom feeds (add, remove, list)";

    public CommandArgument Argument { get; } = new("[add|remove URL]", Required: false);

    public bool AdminOnly => true;

    public int MaxArgumentLength => 2048;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.Argument.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            return parts switch
            {
                [] => await ListAsync(cancellationToken).ConfigureAwait(false),
                [var verb, var link] when verb.Equals("add", StringComparison.OrdinalIgnoreCase) => await AddAsync(link, request.Context, cancellationToken).ConfigureAwait(false),
                [var verb, var link] when verb.Equals("remove", StringComparison.OrdinalIgnoreCase) => await RemoveAsync(link, cancellationToken).ConfigureAwait(false),
                _ => Reply.Text(ReplyStatus.BadInput, Usage),
            };
        }
        catch (IntakeRefusedException refused)
        {
            return Reply.Text(ReplyStatus.BadInput, refused.Message);
        }
    }

    private async Task<Reply> AddAsync(string link, CommandContext context, CancellationToken cancellationToken)
    {
        var who = context.UserName is { Length: > 0 } name && name != context.UserId
            ? $"{context.Platform}:{context.UserId} ({name})"
            : $"{context.Platform}:{context.UserId}";
        var round = await poller.SubscribeAsync(link, who, context.Platform, context.ChatId, cancellationToken).ConfigureAwait(false);
        var result = round.Feeds.Single();
        var body = new List<Block>();
        body.Add(result.Added.Count switch
        {
            0 => Line("Nothing new to add from it."),
            1 => Line("Added 1 article, then reloaded:"),
            var n => Line($"Added {n} articles, then reloaded once:"),
        });
        if (result.Added.Count > 0)
        {
            body.Add(Bullets(result.Added.Select(a => (IReadOnlyList<Span>)[Bold(Clip(a.Title, 140)), Plain(" — "), Code(a.Staged.FileName ?? string.Empty)])));
        }

        if (result.AlreadyAdded.Count > 0)
        {
            body.Add(Line(Bold($"Already added ({result.AlreadyAdded.Count}): "), Plain(JoinWithMore(result.AlreadyAdded.Select(d => $"{d.Title} ({d.FileName})").ToList(), 5))));
        }

        if (result.Refused.Count > 0)
        {
            body.Add(Line(Bold($"Not added ({result.Refused.Count}): "), Plain(JoinWithMore(result.Refused.Select(r => $"{Clip(r.Title, 80)}: {r.Reason}").ToList(), 5))));
        }

        if (result.Skipped > 0)
        {
            body.Add(Line($"{result.Skipped} older entries passed over (at most {options.Value.MaxItemsPerPoll} a poll)."));
        }

        body.Add(Line($"I poll it every {Interval(options.Value.PollInterval)}; /feeds shows how it goes."));
        return new Reply(ReplyStatus.Ok, $"Following: {result.Feed.Title ?? result.Feed.Url}", body, [], [], []);
    }

    private async Task<Reply> RemoveAsync(string link, CancellationToken cancellationToken)
    {
        if (UrlKey.Of(link) is not { } key || !await store.RemoveAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return Reply.Text(ReplyStatus.BadInput, "I do not follow that feed; /feeds lists the ones I do.");
        }

        return Reply.Text(ReplyStatus.Ok, "I no longer follow that feed. The articles it brought stay; delete their files and /reload to take them out.");
    }

    private async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var feeds = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (feeds.Count == 0)
        {
            return Reply.Text(ReplyStatus.Ok, "I follow no feeds yet. /feeds add https://... follows one.");
        }

        var now = time.GetUtcNow();
        var items = feeds.Select(f => (IReadOnlyList<Span>)
        [
            Bold(Clip(f.Title ?? f.Url, 100)),
            Plain($" — {f.Url}. Last poll: {When(f.LastPollAt, now)}; {f.ItemsAdded} {(f.ItemsAdded == 1 ? "article" : "articles")} added. "),
            Plain(f.LastError is { } error
                ? $"Failing ({f.Failures} in a row): {error.TrimEnd('.')}. Next try {When(f.NextPollAt, now)}."
                : "No errors."),
        ]);
        return new Reply(ReplyStatus.Ok, feeds.Count == 1 ? "1 feed" : $"{feeds.Count} feeds", [Bullets(items)], [], [], []);
    }

    private static string When(DateTimeOffset? at, DateTimeOffset now) => at is not { } instant
        ? "never"
        : instant.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Interval(TimeSpan interval) => interval.TotalHours >= 1 && interval.Minutes == 0
        ? (interval.TotalHours == 1 ? "hour" : $"{interval.TotalHours:0} hours")
        : $"{interval.TotalMinutes:0} minutes";
}
