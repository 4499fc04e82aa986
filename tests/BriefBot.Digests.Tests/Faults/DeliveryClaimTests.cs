using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;
using Quartz;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>Issue 17: "ten ledger rows stay 'attempted' because every job Quartz runs at once marks its row before it waits its turn".</summary>
public sealed class DeliveryClaimTests
{
    [Fact]
    public async Task EverySend_FindsOnlyItsOwnDigestClaimed_WhileTheOthersWaitTheirTurn()
    {
        var sender = new ProbingChatSender();
        await using var host = new DigestTestHost(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero), null, sender);
        await host.StartAsync();
        sender.Ledger = host.Get<IDeliveryLedger>();
        var chats = Enumerable.Range(1, 30).Select(i => $"chat-{i}").ToList();
        foreach (var chat in chats)
        {
            await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private(chat));
        }

        // Every trigger fires at once; the first send is held until Quartz runs as many jobs as it allows (ten).
        var started = new StartedJobs(10);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(started);
        sender.FirstSendMayGo = started.Reached;
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < chats.Count; i++)
        {
            Assert.Equal(DigestRunOutcome.Sent, (await host.Runs.NextAsync()).Outcome);
        }

        // A kill at any send would leave exactly one digest in doubt: the one being sent.
        Assert.Equal(chats.Count, sender.ClaimedAtEachSend.Count);
        Assert.All(sender.ClaimedAtEachSend, claimed => Assert.Equal(1, claimed));
    }
}
