using BriefBot.Testing.Telegram;
using Xunit.Abstractions;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: two bot instances in one process against one PostgreSQL database and the fake Bot API, 300 chats due at
/// the same minute. The digest triggers live in Quartz's clustered store, so the instances share the fan-out; each
/// firing runs on one of them and the ledger refuses a second claim on a day.
/// </summary>
public sealed class TwoInstanceDigestTests(ITestOutputHelper output)
{
    private const int Chats = 300;

    [SkippableFact]
    public async Task TwoInstancesOnOneDatabase_300ChatsDueTogether_EveryChatGetsExactlyOneDigest()
    {
        var database = await ClusterDatabase.CreateAsync();
        await database.SubscribeChatsAsync(Chats);
        await using var telegram = await FakeBotApiServer.StartAsync();

        var cluster = new SentCounter();

        // Started side by side: one after the other, on a loaded machine the first sometimes sent all 300 before the
        // second was up (the fan-out takes about ten seconds at 30 messages a second).
        var starting = new[] { ClusterNode.StartAsync(telegram, database.ConnectionString, cluster), ClusterNode.StartAsync(telegram, database.ConnectionString, cluster) };
        await using var first = await starting[0];
        await using var second = await starting[1];
        await cluster.WhenAtLeastAsync(Chats);
        await first.StopAsync();
        await second.StopAsync();

        output.WriteLine($"first instance sent {first.Sent.Count}, second {second.Sent.Count}");
        AssertExactlyOneEach(telegram);
        Assert.Equal(Chats, first.Sent.Count + second.Sent.Count);
        Assert.True(first.Sent.Count > 0 && second.Sent.Count > 0, $"one instance sent everything ({first.Sent.Count} and {second.Sent.Count})");
        Assert.Equal(Chats, await database.CountAsync("SELECT COUNT(*) FROM deliveries WHERE state = 'sent'"));
    }

    // Once failed here (two of 300 chats got two digests, both runs "sent"): a firing handed back at the stop was
    // recovered with its trigger's data as it stood then, tomorrow's date, and sent tomorrow's digest at once.
    // HandedBackFiringTests shows that race alone; the one-row-per-chat check below would show it here.
    [SkippableFact]
    public async Task OneOfTwoInstancesStoppedInTheMiddleOfTheFanOut_TheOtherFinishesIt_AndNoChatGetsTwo()
    {
        var database = await ClusterDatabase.CreateAsync();
        await database.SubscribeChatsAsync(Chats);
        await using var telegram = await FakeBotApiServer.StartAsync();

        var cluster = new SentCounter();

        await using var stopped = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster);
        await using var survivor = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster);
        await cluster.WhenAtLeastAsync(60);
        await stopped.StopAsync();
        var atStop = DigestCount(telegram);
        await cluster.WhenAtLeastAsync(Chats);
        await survivor.StopAsync();

        output.WriteLine($"stopped after {atStop} digests in all ({stopped.Sent.Count} its own); the survivor sent {survivor.Sent.Count}");
        Assert.InRange(atStop, 60, Chats - 1);
        foreach (var chat in Enumerable.Range(1001, Chats).Where(c => DigestCount(telegram, c) > 1))
        {
            var about = $"chat {chat} ";
            output.WriteLine($"chat {chat} got two digests; what the instances logged about it:");
            foreach (var line in stopped.Log.LinesAbout(about).Select(l => "stopped  " + l).Concat(survivor.Log.LinesAbout(about).Select(l => "survivor " + l)))
            {
                output.WriteLine(line);
            }
        }

        AssertExactlyOneEach(telegram);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM deliveries WHERE state <> 'sent'"));
        // One row per chat, all for the same day: no run sent another day's digest.
        Assert.Equal(Chats, await database.CountAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(DISTINCT local_date) FROM deliveries"));
    }

    private static int DigestCount(FakeBotApiServer telegram) =>
        telegram.SentMessages.Count(m => m.Text.Contains("Your digest", StringComparison.Ordinal));

    private static int DigestCount(FakeBotApiServer telegram, int chat) =>
        telegram.SentTo(chat).Count(m => m.Text.Contains("Your digest", StringComparison.Ordinal));

    private static void AssertExactlyOneEach(FakeBotApiServer telegram)
    {
        var perChat = Enumerable.Range(1001, Chats).ToDictionary(
            c => c, c => telegram.SentTo(c).Count(m => m.Text.Contains("Your digest", StringComparison.Ordinal)));
        Assert.All(perChat, chat => Assert.Equal(1, chat.Value));
    }
}
