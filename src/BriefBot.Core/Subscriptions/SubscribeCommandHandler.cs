using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;

namespace BriefBot.Core.Subscriptions;

/// <summary>
/// <c>/subscribe [TOPIC ...] [at HH:MM] [in ZONE]</c>: creates the chat's daily digest or changes it.
/// What is left out keeps its current value (or the default for a new subscription); "all" means the whole collection.
/// Everything is checked before anything is saved.
/// </summary>
public sealed class SubscribeCommandHandler(
    ISubscriptionStore store,
    ISnapshotSource snapshots,
    DigestSettings settings,
    TimeProvider time,
    IEnumerable<ISubscriptionChangeObserver> observers) : ICommandHandler
{
    public string Name => "subscribe";

    public string Description => "Get a daily digest of related reading in this chat";

    public CommandArgument Argument { get; } = new("[TOPIC ...] [at HH:MM] [in ZONE]", false);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        if (!SubscriptionPermissions.MayChange(context))
        {
            return SubscriptionPermissions.Refusal(Name);
        }

        var snapshot = snapshots.Current;
        var arguments = SubscribeArguments.Parse(request.Argument);
        var existing = await store.FindAsync(context.Platform, context.ChatId, cancellationToken);

        var timeOfDay = existing?.TimeOfDay ?? settings.DefaultTime;
        if (arguments.Time is { } timeText && !SubscribeArguments.TryParseTime(timeText, out timeOfDay))
        {
            return BadInput(
                timeText.Length == 0 ? "\"at\" needs a time of day." : $"\"{TypedText.Quote(timeText)}\" is not a time of day: use 24-hour HH:MM, from 00:00 to 23:59.",
                snapshot);
        }

        var zoneId = existing?.TimeZoneId ?? settings.DefaultTimeZone;
        if (arguments.Zone is { } zoneText)
        {
            if (!TimeZoneLookup.TryFind(zoneText, out var zone))
            {
                return BadInput(
                    zoneText.Length == 0
                        ? "\"in\" needs a time zone."
                        : $"\"{TypedText.Quote(zoneText)}\" is not a time zone I know. Use an IANA zone name such as Europe/Berlin, America/New_York or Asia/Karachi (fixed offsets like UTC+5 do not follow daylight saving).",
                    snapshot);
            }

            zoneId = zone.Id;
        }

        IReadOnlyList<string> topicIds = existing?.TopicIds ?? [];
        if (arguments.TopicWords is ["all"] or ["everything"])
        {
            topicIds = [];
        }
        else if (arguments.TopicWords.Count > 0)
        {
            var resolution = TopicResolver.Resolve(arguments.TopicWords, snapshot);
            if (!resolution.Ok)
            {
                return BadInput(
                    resolution.Describe() + " Topics are actors, experts or concepts from the articles (as in /actor and /concept).",
                    snapshot);
            }

            topicIds = resolution.Topics.Select(t => t.Id).ToList();
        }

        var saved = await store.SaveAsync(
            new SubscriptionRequest(context.Platform, context.ChatId, topicIds, timeOfDay, zoneId, context.UserId, time.GetUtcNow()),
            cancellationToken);
        foreach (var observer in observers)
        {
            await observer.SubscriptionChangedAsync(context.Platform, context.ChatId, saved, cancellationToken);
        }

        var title = existing is null ? "Subscribed to the daily digest" : "Digest subscription updated";
        return new Reply(ReplyStatus.Ok, title, SubscriptionDescription.Describe(saved, snapshot, time.GetUtcNow()), [], [], []);
    }

    private static Reply BadInput(string problem, KnowledgeSnapshot snapshot)
    {
        var example = snapshot.Entities
            .Where(e => e.Kind != EntityKind.Expert)
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Name)
            .FirstOrDefault();
        var command = example is null ? "/subscribe at 07:30 in Asia/Karachi" : $"/subscribe {example} at 07:30 in Asia/Karachi";
        return new Reply(
            ReplyStatus.BadInput,
            "Subscription not changed",
            [
                new Paragraph([new Span(problem)]),
                new Paragraph([new Span("For example: "), new Span(command, SpanStyle.Code)]),
            ],
            [],
            [],
            []);
    }
}
