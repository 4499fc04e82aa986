using BriefBot.Testing.Telegram;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: in polling mode only one instance long-polls, the one holding the lease row in the shared database; when
/// it stops, another takes over and nothing is answered twice or lost.
/// </summary>
public sealed class PollingLeaseTests
{
    [SkippableFact]
    public async Task TwoPollingInstances_OnlyTheLeaseHolderPolls_AndTheOtherTakesOverWhenItStops()
    {
        var database = await ClusterDatabase.CreateAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        var cluster = new SentCounter();
        await using var first = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster);
        await using var second = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster);

        var before = Enumerable.Range(8001, 10).Select(c => (long)c).ToList();
        foreach (var chat in before)
        {
            telegram.EnqueueMessage(FakeChat.Private(chat), new FakeUser(chat, "Erin"), "/sources");
        }

        await WaitForAnswersAsync(telegram, before);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM leases WHERE name = 'telegram-polling'"));

        // The first instance took the lease as it started; the second stands by until the lease is given back.
        await first.StopAsync();
        var after = Enumerable.Range(8101, 10).Select(c => (long)c).ToList();
        foreach (var chat in after)
        {
            telegram.EnqueueMessage(FakeChat.Private(chat), new FakeUser(chat, "Erin"), "/sources");
        }

        await WaitForAnswersAsync(telegram, after);
        await second.StopAsync();

        Assert.All(before.Concat(after), chat => Assert.Single(telegram.SentTo(chat)));
    }

    private static Task WaitForAnswersAsync(FakeBotApiServer telegram, IReadOnlyList<long> chats) =>
        telegram.WaitForAsync(() => chats.All(c => telegram.SentTo(c).Count > 0) ? "" : null, TimeSpan.FromSeconds(60), "a message was not answered");
}
