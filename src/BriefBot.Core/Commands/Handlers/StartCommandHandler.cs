using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/start: what the bot is, what it has read, and where to begin.</summary>
public sealed class StartCommandHandler(ISnapshotSource snapshots) : ICommandHandler
{
    public string Name => "start";

    public string Description => "Welcome and a first example";

    public CommandArgument Argument => CommandArgument.None;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var body = new List<Block>
        {
            Line("I brief you on geopolitical analysis: who the actors and experts are, which concepts they argue with, and what to read next — always with my sources."),
            Line($"I have read {snapshot.Articles.Count} articles and know {snapshot.OfKind(EntityKind.Actor).Count()} actors, {snapshot.OfKind(EntityKind.Expert).Count()} experts, {snapshot.OfKind(EntityKind.Concept).Count()} concepts and {snapshot.Readings.Count} works of further reading."),
        };
        var examples = Examples(snapshot).ToList();
        if (examples.Count > 0)
        {
            var spans = new List<Span> { Plain("Try ") };
            for (var i = 0; i < examples.Count; i++)
            {
                spans.Add(Plain(i == 0 ? string.Empty : " or "));
                spans.Add(Code(examples[i]));
            }

            spans.Add(Plain("."));
            body.Add(new Paragraph(spans));
        }

        body.Add(Line(Plain("Type "), Code("/help"), Plain(" for every command.")));
        return Task.FromResult(new Reply(ReplyStatus.Ok, "Welcome to BriefBot", body, [], [], []));
    }

    private static IEnumerable<string> Examples(KnowledgeSnapshot snapshot)
    {
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Concept })
        {
            var top = snapshot.OfKind(kind).OrderByDescending(e => e.Mentions.Count).FirstOrDefault();
            if (top is not null)
            {
                yield return $"/{Briefings.KindLabels.Command(kind)} {top.Name}";
            }
        }
    }
}
