using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// 5xx, refused connections and timeouts are retried with back-off until a deadline, then logged; 400 and 403 never.
/// The clock is fake: the back-off, the deadline and the request timeout all run on it.
/// </summary>
public sealed class SendRetryTests
{
    private static readonly Reply Digest = Reply.Text(ReplyStatus.Ok, "Today's reading");

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task Replies_AreRetried_ThroughABurstOfServerErrors_AndEachArrivesOnce(int status)
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        var users = Enumerable.Range(1, 5).Select(i => new FakeUser(2000 + i, "User" + i)).ToList();
        server.ScriptFor("sendMessage", TimeSpan.FromSeconds(10), new ScriptedFault(status, status == 500 ? "Internal Server Error" : "Bad Gateway"));

        foreach (var user in users)
        {
            server.EnqueueMessage(FakeChat.Private(user.Id), user, "/start");
        }

        await bot.AdvanceUntilAsync(() => users.All(u => server.SentTo(u.Id).Count > 0) ? users : null);

        Assert.All(users, u => Assert.Single(server.SentTo(u.Id)));
        Assert.Contains(server.Requests, r => r.Method == "sendMessage" && r.StatusCode == status);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Telegram sendMessage to chat 2001 failed, retrying in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADigest_IsRetriedThroughServerErrors_TooAndDeliveredOnce()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.ScriptFor("sendMessage", TimeSpan.FromSeconds(10), ScriptedFault.BadGateway(), ScriptedFault.InternalError());

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Single(server.SentTo(1001));
        Assert.True(server.Calls("sendMessage").Count > 1);
    }

    [Fact]
    public async Task ADigest_IsRetriedThroughAProxys502InHtml_AndDeliveredOnce()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", ScriptedFault.ProxyBadGateway(), times: 2);

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Single(server.SentTo(1001));
        Assert.Equal(3, server.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task ADigest_IsRetriedWhileConnectionsAreRefused_AndDeliveredOnce()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        await server.RefuseConnectionsAsync();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        var began = bot.Clock.GetUtcNow();
        await bot.AdvanceUntilAsync(() => bot.Clock.GetUtcNow() - began >= TimeSpan.FromSeconds(20) ? "later" : null);
        Assert.False(sending.IsCompleted);
        await server.AcceptConnectionsAsync();
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        Assert.Equal(DeliveryResult.Sent, await sending);
        Assert.Single(server.SentTo(1001));
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Telegram sendMessage to chat 1001 failed, retrying in", StringComparison.Ordinal)
            && !r.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASend_GivesUpAtItsDeadline_AndSaysSoInTheLog()
    {
        var (server, bot) = await StartAsync(s => s["Telegram:Sending:RetryForSeconds"] = "60");
        await using var _ = server;
        await using var __ = bot;
        server.ScriptFor("sendMessage", TimeSpan.FromHours(1), ScriptedFault.InternalError());
        var started = bot.Clock.GetUtcNow();

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        var result = await sending;
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        // The clock moves only while the sender waits, and only to its next timer: it gives up at the first failure past
        // the 60 s deadline, so within one capped wait (10 s) of it (65 s with the waits below).
        Assert.InRange(bot.Clock.GetUtcNow() - started, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(70));
        // Back-off, not a tight loop: 1, 2, 4, 8 s, then capped at 10 s (the harness takes the jitter out): attempts at
        // 0, 1, 3, 7, 15, 25, 35, 45, 55 and 65 s.
        Assert.InRange(server.Calls("sendMessage").Count, 9, 11);
        var gaveUp = await bot.WaitForLogAsync("Gave up on a message to chat 1001");
        Assert.Contains("500", gaveUp.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "Bad Request: chat not found")]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    public async Task ARefusal_IsNotRetried(int status, string description)
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        server.Script("sendMessage", new ScriptedFault(status, description));

        var result = await Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Forbidden, result.Outcome);
        Assert.Single(server.Calls("sendMessage"));
    }

    [Fact]
    public async Task AReplySlowerThanTheTimeout_IsSentAgain_ADuplicateRatherThanALoss()
    {
        var (server, bot) = await StartAsync(s => s["Telegram:Sending:RequestTimeoutSeconds"] = "10");
        await using var _ = server;
        await using var __ = bot;
        using var hold = server.HoldSendsTo(Users.Alice.Id, acceptFirst: true, times: 1);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        await server.WaitForArrivalAsync(r => r.Method == "sendMessage");

        var sent = await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id) is { Count: 2 } both ? both : null);

        Assert.Equal(sent[0].Text, sent[1].Text);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.Contains("no answer within 10 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADigestSlowerThanTheTimeout_IsNotSentAgain_ItsOutcomeIsReportedUnknown()
    {
        var (server, bot) = await StartAsync(s => s["Telegram:Sending:RequestTimeoutSeconds"] = "10");
        await using var _ = server;
        await using var __ = bot;
        using var hold = server.HoldSendsTo(1001, acceptFirst: true, times: 1);

        var sending = Sender(bot).SendAsync("1001", Digest, "digest:1", CancellationToken.None);
        await server.WaitForArrivalAsync(r => r.Method == "sendMessage");
        await bot.AdvanceUntilAsync(() => sending.IsCompleted ? sending : null);

        var result = await sending;
        // Merged contract (rel-digest): in doubt is its own outcome, which the digest ledger records and never re-sends.
        Assert.Equal(DeliveryOutcome.Unknown, result.Outcome);
        Assert.Contains("no answer within 10 s", result.Detail, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.Contains("outcome unknown: no answer within 10 s", StringComparison.Ordinal));
        Assert.Single(server.SentTo(1001));
        Assert.Single(server.Arrivals, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task ConnectionsRefusedAtStart_TheBotStartsAnyway_AndAnswersOnceTheServerListens()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await server.RefuseConnectionsAsync();
        await using var bot = await BotHarness.StartAsync(server, clock: clock);
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        var started = clock.GetUtcNow();
        await bot.AdvanceUntilAsync(() => clock.GetUtcNow() - started >= TimeSpan.FromSeconds(30) ? "later" : null);

        await server.AcceptConnectionsAsync();
        await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).FirstOrDefault());

        Assert.Single(server.SentTo(Users.Alice.Id));
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Telegram start-up step failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AThirtySecondOutage_WhileAReplyIsBeingSent_LosesNoReply()
    {
        var (server, bot) = await StartAsync();
        await using var _ = server;
        await using var __ = bot;
        var outage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Router.BeforeAnswer = async (text, _, _) =>
        {
            if (text == "/actor during")
            {
                await server.RefuseConnectionsAsync();
                outage.TrySetResult();
            }
        };
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor during");
        await outage.Task.WaitAsync(TimeSpan.FromSeconds(15));
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
        var began = bot.Clock.GetUtcNow();
        await bot.AdvanceUntilAsync(() => bot.Clock.GetUtcNow() - began >= TimeSpan.FromSeconds(30) ? "over" : null);

        Assert.Empty(server.SentMessages);
        await server.AcceptConnectionsAsync();
        await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).Count > 0 && server.SentTo(Users.Bob.Id).Count > 0 ? "both" : null);

        Assert.Single(server.SentTo(Users.Alice.Id));
        Assert.Single(server.SentTo(Users.Bob.Id));
    }

    private static IChatSender Sender(BotHarness bot) =>
        bot.Sender;

    private static async Task<(FakeBotApiServer Server, BotHarness Bot)> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var clock = new SteppingClock();
        var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        var bot = await BotHarness.StartAsync(server, configure, clock: clock);
        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");
        return (server, bot);
    }
}
