using BriefBot.Core.Subscriptions;
using BriefBot.Digests.Tests.Fakes;
using Quartz;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>Issue 17: "ten ledger rows stay 'attempted' because every job Quartz runs at once marks its row before it waits its turn".</summary>
public sealed class DeliveryClaimTests
{
    [Fact]
    public async Task DigestsWaitingForTheirTurn_HaveClaimedNothing_AndEachIsSentOnceWhenTheTurnsCome()
    {
        var sender = new PacedChatSender();
        var turns = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sender.Turns = turns.Task;
        await using var host = new DigestTestHost(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero), null, sender);
        await host.StartAsync();
        var chats = Enumerable.Range(1, 30).Select(i => $"chat-{i}").ToList();
        foreach (var chat in chats)
        {
            await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private(chat));
        }

        // Every trigger fires at once; Quartz runs as many jobs as it allows (ten), and none may send yet.
        var started = new StartedJobs(10);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(started);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await started.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await sender.SomeoneWaits.WaitAsync(TimeSpan.FromSeconds(30));

        // A kill now would leave nothing in doubt: nothing has left, and nothing is claimed.
        Assert.Empty(await host.Get<IDeliveryLedger>().ListInDoubtAsync(CancellationToken.None));

        turns.SetResult();
        for (var i = 0; i < chats.Count; i++)
        {
            Assert.Equal(DigestRunOutcome.Sent, (await host.Runs.NextAsync()).Outcome);
        }

        Assert.Equal(chats.Order(), sender.Sent.Order());
        Assert.Empty(await host.Get<IDeliveryLedger>().ListInDoubtAsync(CancellationToken.None));
    }
}
