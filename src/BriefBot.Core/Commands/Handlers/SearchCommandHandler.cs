using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/search WORDS: the best-matching sentences across all articles, ranked by BM25.</summary>
public sealed class SearchCommandHandler(ISnapshotSource snapshots) : ICommandHandler
{
    private const int Shown = 5;

    public string Name => "search";

    public string Description => "Full-text search over every sentence of the articles";

    public CommandArgument Argument => new("WORDS", Required: true);

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Argument.Length == 0)
        {
            return Task.FromResult(Reply.Text(ReplyStatus.BadInput, "Tell me what to look for, for example: /search nuclear talks"));
        }

        var hits = snapshots.Current.Index.Search(request.Argument, Shown);
        if (hits.Count == 0)
        {
            return Task.FromResult(Reply.Text(ReplyStatus.NotFound, $"Nothing in the articles matches “{TypedText.Quote(request.Argument)}”. Try fewer or other words."));
        }

        var items = hits.Select(h => (IReadOnlyList<Span>)[Plain(Clip(h.Sentence.Text, 320) + " "), Italic($"— {h.Article.Title}")]);
        var reply = new Reply(
            ReplyStatus.Ok,
            $"Search: {TypedText.Quote(request.Argument)}",
            [Bullets(items)],
            [],
            hits.Select(h => h.Article.Title).Distinct(StringComparer.Ordinal).ToList(),
            []);
        return Task.FromResult(reply);
    }
}
