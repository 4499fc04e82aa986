using System.Globalization;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/sources: the articles the bot has read.</summary>
public sealed class SourcesCommandHandler(ISnapshotSource snapshots) : ICommandHandler
{
    private const int Shown = 30;

    public string Name => "sources";

    public string Description => "The articles I have read";

    public CommandArgument Argument => CommandArgument.None;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (snapshot.Articles.Count == 0)
        {
            return Task.FromResult(Reply.Text(ReplyStatus.NotFound, "No articles are loaded yet. An admin can put Markdown or text files into the content folder and send /reload."));
        }

        var items = snapshot.Articles
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .Take(Shown)
            .Select(a => (IReadOnlyList<Span>)[Bold(a.Title), Plain(Details(a))]);
        var body = new List<Block> { Bullets(items) };
        if (snapshot.Articles.Count > Shown)
        {
            body.Add(Line($"and {snapshot.Articles.Count - Shown} more"));
        }

        return Task.FromResult(new Reply(ReplyStatus.Ok, $"Articles ({snapshot.Articles.Count})", body, [], [], []));
    }

    private static string Details(Content.Article article)
    {
        var parts = new List<string>();
        if (article.Author is { } author)
        {
            parts.Add(author);
        }

        if (article.Date is { } date)
        {
            parts.Add(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        if (article.Source is { } source)
        {
            parts.Add(source);
        }

        return parts.Count == 0 ? string.Empty : " — " + string.Join(", ", parts);
    }
}
