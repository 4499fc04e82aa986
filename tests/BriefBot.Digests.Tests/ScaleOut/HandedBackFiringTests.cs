using System.Threading.Channels;
using BriefBot.Core.Subscriptions;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20, the duplicate once seen when one of two instances stopped in the middle of a fan-out, as one race on real
/// PostgreSQL and clustered Quartz. A digest waits its turn on one instance; meanwhile another firing of the same day
/// (after a trigger rebuild) sends it and moves the chat's trigger on to tomorrow. The instance stops: the waiting
/// firing is handed back, and Quartz recovers it with the trigger's data as it stands then, which is tomorrow's date.
/// That run must not send tomorrow's digest now: the ledger cannot stop it, tomorrow's row is still free.
/// </summary>
public sealed class HandedBackFiringTests
{
    [SkippableFact]
    public async Task AFiringHandedBackAtAStop_WhoseTriggerMovedOnToTomorrow_IsRecoveredOnTheOtherInstance_AndSendsNothing()
    {
        var database = await ClusterDatabase.CreateAsync();
        await database.SubscribeChatsAsync(1);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var stopped = await ClusterNode.StartAsync(
            telegram, database.ConnectionString, new SentCounter(), services: s => WaitingTurnSender.Install(s, waiting));
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var subscription = (await stopped.Services.GetRequiredService<ISubscriptionStore>().FindAsync("telegram", "1001", CancellationToken.None))!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tomorrow = today.AddDays(1);
        var tomorrowsTime = new DateTimeOffset(tomorrow.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        // What the other firing did: today's digest recorded sent, the trigger set for tomorrow's.
        var ledger = stopped.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.TryBeginAsync(subscription.Id, today, DigestDeliverer.IdempotencyKey(subscription.Id, today), DateTimeOffset.UtcNow, CancellationToken.None);
        await ledger.MarkSentAsync(subscription.Id, today, new DigestItems("telegram", "1001", [], RotationRestarted: false), DateTimeOffset.UtcNow, CancellationToken.None);
        await stopped.Services.GetRequiredService<DigestTriggers>().ScheduleAsync(subscription, tomorrow, tomorrowsTime, CancellationToken.None);

        await stopped.StopAsync();
        var runs = new RunLog();
        await using var survivor = await ClusterNode.StartAsync(
            telegram, database.ConnectionString, new SentCounter(), services: s => s.AddSingleton<IDigestRunObserver>(runs));
        var recovered = await runs.NextAsync();

        Assert.Equal((subscription.Id, tomorrow, DigestRunOutcome.NotDue), recovered);
        Assert.Empty(telegram.SentMessages);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(tomorrowsTime, await survivor.Services.GetRequiredService<DigestTriggers>().NextFireAsync("telegram", "1001", CancellationToken.None));
    }

    private sealed class RunLog : IDigestRunObserver
    {
        private readonly Channel<(long, DateOnly, DigestRunOutcome)> _runs = Channel.CreateUnbounded<(long, DateOnly, DigestRunOutcome)>();

        public Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
        {
            _runs.Writer.TryWrite((subscriptionId, localDate, outcome));
            return Task.CompletedTask;
        }

        /// <summary>The next run's result (the safety net only turns a hang into a failure).</summary>
        public async Task<(long, DateOnly, DigestRunOutcome)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            return await _runs.Reader.ReadAsync(timeout.Token);
        }
    }
}
