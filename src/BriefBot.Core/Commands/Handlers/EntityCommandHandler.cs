using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/actor, /expert and /concept: a briefing on one entity, a list of them all, or help choosing.</summary>
public sealed class EntityCommandHandler(EntityKind kind, ISnapshotSource snapshots) : ICommandHandler
{
    private const int ListedNames = 40;
    private const int OfferedChoices = 8;

    public string Name => KindLabels.Command(kind);

    public string Description => kind switch
    {
        EntityKind.Actor => "Briefing on a state, organisation or leader",
        EntityKind.Expert => "Briefing on an analyst: role, views, quotes, reading",
        _ => "Briefing on a concept: definition, use, related reading",
    };

    public CommandArgument Argument => new("NAME", Required: false, Completes: kind);

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var replies = snapshots.Replies;
        return Task.FromResult(request.Argument.Length == 0 ? ListAll(replies.Snapshot) : Answer(replies, request.Argument));
    }

    private Reply Answer(ComposedReplies replies, string query)
    {
        var snapshot = replies.Snapshot;
        var match = snapshot.Matcher.Match(query, kind);
        switch (match.Outcome)
        {
            case MatchOutcome.Found:
                var briefing = replies.Briefing(match.Entity!);
                return match.Corrected
                    ? briefing with { Body = [Line(Italic($"Showing {match.Entity!.Name} for “{TypedText.Quote(query)}”.")), .. briefing.Body] }
                    : briefing;
            case MatchOutcome.Ambiguous:
                var choices = match.Candidates.Take(OfferedChoices).ToList();
                return new Reply(
                    ReplyStatus.Ambiguous,
                    null,
                    [Line(Plain($"“{TypedText.Quote(query)}” could mean several things. Did you mean:"))],
                    [],
                    [],
                    choices.Select(Choice).ToList());
            default:
                var body = new List<Block> { Line($"I don't know {Article()} called “{TypedText.Quote(query)}”.") };
                if (match.Candidates.Count > 0)
                {
                    body.Add(Line("The nearest I know:"));
                }
                else if (query.Length <= TypedText.QuotedLength)
                {
                    body.Add(Line(Plain("Type "), Code($"/{Name}"), Plain($" to list the {KindLabels.Plural(kind).ToLowerInvariant()} I know, or "), Code($"/search {query}"), Plain(".")));
                }
                else
                {
                    body.Add(Line(Plain("Type "), Code($"/{Name}"), Plain($" to list the {KindLabels.Plural(kind).ToLowerInvariant()} I know, or search with fewer words.")));
                }

                return new Reply(ReplyStatus.NotFound, null, body, [], [], match.Candidates.Select(Choice).ToList());
        }
    }

    private Reply ListAll(KnowledgeSnapshot snapshot)
    {
        var names = snapshot.OfKind(kind)
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.Name)
            .ToList();
        if (names.Count == 0)
        {
            return Reply.Text(ReplyStatus.NotFound, $"I know no {KindLabels.Plural(kind).ToLowerInvariant()} yet: no articles are loaded. Type /sources to check.");
        }

        return new Reply(
            ReplyStatus.Ok,
            $"{KindLabels.Plural(kind)} I know ({names.Count})",
            [Line(JoinWithMore(names, ListedNames)), Line(Plain("Ask about one: "), Code($"/{Name} {names[0]}"))],
            [],
            [],
            []);
    }

    private static ReplyButton Choice(Entity entity) =>
        new($"{entity.Name} ({KindLabels.Of(entity).Split(' ')[0].ToLowerInvariant()})", $"/{KindLabels.Command(entity.Kind)} {entity.Name}");

    private string Article() => kind switch
    {
        EntityKind.Actor => "an actor",
        EntityKind.Expert => "an expert",
        _ => "a concept",
    };
}
