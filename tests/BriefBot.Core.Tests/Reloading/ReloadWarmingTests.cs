using BriefBot.Core.Briefings;
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
        Assert.All(next.Entities, e => Assert.True(BriefingComposer.IsComposed(next, e), e.Name));
    }

    [Fact]
    public async Task Reload_WithoutWarming_LeavesBriefingsToTheFirstAsk()
    {
        var holder = new SnapshotHolder();
        var next = Archive();
        var coordinator = new ReloadCoordinator(holder, () => next, TimeProvider.System, SnapshotWarming.None);

        await coordinator.ReloadAsync("test");

        Assert.All(next.Entities, e => Assert.False(BriefingComposer.IsComposed(next, e), e.Name));
    }

    [Fact]
    public void WarmedBriefing_IsTheOneAskingWouldCompose()
    {
        var warmed = Archive();
        var cold = Archive();

        BriefingWarmer.Warm(warmed);

        foreach (var entity in warmed.Entities)
        {
            Assert.Equal(
                PlainTextRenderer.Render(BriefingComposer.Compose(cold, cold.Entities.Single(e => e.Id == entity.Id))),
                PlainTextRenderer.Render(BriefingComposer.Compose(warmed, entity)));
        }
    }
}
