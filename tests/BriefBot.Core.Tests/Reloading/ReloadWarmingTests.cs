using BriefBot.Core.Briefings;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Reloading;

public class ReloadWarmingTests
{
    private static KnowledgeSnapshot Archive() => new CorpusBuilder()
        .Article("a", "Talks on the river", ["Norway and Kenya met in Oslo to discuss the river and its many dams.", "Uganda spoke first at the meeting about the dam upstream of the lake."])
        .Article("b", "The upstream bargain", ["Kenya asked Norway to fund the basin commission for another five years."])
        .Actor("Norway").Actor("Kenya").Actor("Uganda")
        .Build();

    [Fact]
    public async Task Reload_ComposesEveryBriefing_BeforeTheNewSnapshotAnswers()
    {
        var holder = new SnapshotHolder();
        var next = Archive();
        var coordinator = new ReloadCoordinator(holder, () => next, TimeProvider.System);

        await coordinator.ReloadAsync("test");

        Assert.Same(next, holder.Current);
        Assert.Same(next, holder.Replies.Snapshot);
        Assert.All(next.Entities, e => Assert.True(holder.Replies.Holds(ReplyKey.Briefing(e)), e.Name));
    }

    [Fact]
    public async Task Reload_WithoutWarming_LeavesBriefingsToTheFirstAsk()
    {
        var holder = new SnapshotHolder();
        var next = Archive();
        var coordinator = new ReloadCoordinator(holder, () => next, TimeProvider.System, SnapshotWarming.None);

        await coordinator.ReloadAsync("test");

        Assert.All(next.Entities, e => Assert.False(holder.Replies.Holds(ReplyKey.Briefing(e)), e.Name));
    }

    [Fact]
    public async Task Reload_AnswersWithTheNewSnapshotsBriefing_NotOneComposedBefore()
    {
        var holder = new SnapshotHolder();
        holder.Swap(Archive());
        var handler = new EntityCommandHandler(EntityKind.Actor, holder);
        var request = new CommandRequest("actor", "Uganda", new CommandContext("test", "chat", "user", ChatKind.Private, IsChatAdmin: false, IsBotAdmin: false));
        var before = PlainTextRenderer.Render(await handler.HandleAsync(request, CancellationToken.None));
        var next = new CorpusBuilder()
            .Article("c", "A new survey", ["Uganda opened a second port on the lake to carry coffee north."])
            .Actor("Uganda")
            .Build();
        var coordinator = new ReloadCoordinator(holder, () => next, TimeProvider.System, SnapshotWarming.None);

        await coordinator.ReloadAsync("test");
        var after = PlainTextRenderer.Render(await handler.HandleAsync(request, CancellationToken.None));

        Assert.Contains("Talks on the river", before, StringComparison.Ordinal);
        Assert.Contains("A new survey", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Talks on the river", after, StringComparison.Ordinal);
    }

    [Fact]
    public void WarmedBriefing_IsTheOneAskingWouldCompose()
    {
        var warmed = new ComposedReplies(Archive());
        var cold = Archive();

        BriefingWarmer.Warm(warmed);

        foreach (var entity in warmed.Snapshot.Entities)
        {
            Assert.Equal(
                PlainTextRenderer.Render(BriefingComposer.Compose(cold, cold.Entities.Single(e => e.Id == entity.Id))),
                PlainTextRenderer.Render(warmed.Briefing(entity)));
        }
    }
}
