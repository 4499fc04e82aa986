using BriefBot.Digests.Tests.Fakes;

namespace BriefBot.Digests.Tests;

/// <summary>
/// A firing recovered on another instance carries the trigger's data as it stands then; if the chat's trigger has
/// meanwhile moved on to the next day, that run must not send the next day's digest early.
/// </summary>
public sealed class RecoveredFiringTests
{
    [Fact]
    public async Task ARunForADayWhoseDigestTimeHasNotCome_SendsNothing_AndKeepsTheTriggerAtThatTime()
    {
        await using var host = new DigestTestHost(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await host.StartAsync();
        await host.RunAsync("subscribe", "at 08:00 in UTC", Contexts.Private());
        var subscription = await host.SubscriptionAsync("chat-1");
        var tomorrowAtEight = new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(tomorrowAtEight, await host.NextFireAsync("chat-1"));

        var outcome = await host.Get<DigestRunner>().RunAsync(subscription!.Id, new DateOnly(2026, 6, 2), CancellationToken.None);

        Assert.Equal(DigestRunOutcome.NotDue, outcome);
        Assert.Empty(host.Sender.Sent);
        Assert.Equal(tomorrowAtEight, await host.NextFireAsync("chat-1"));
    }
}
