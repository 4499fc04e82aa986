using BriefBot.Telegram.Api;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class TokenRedactionTests
{
    [Fact]
    public async Task TheToken_NeverReachesTheLogs_ThroughFailuresOfEveryKind()
    {
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Token = "424242:SECRETpart-xyz" });
        await using var bot = await BotHarness.StartAsync(server);
        await server.WaitForArrivalAsync(r => r.Method == "getUpdates");

        server.Script("getUpdates", ScriptedFault.BadGateway());
        server.Script("sendMessage", ScriptedFault.TooManyRequests(1));
        server.BlockChat(Users.Bob.Id);
        server.GoDown();
        server.ComeBack();
        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/start");
        server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/start");
        await bot.AdvanceUntilAsync(() => server.SentTo(Users.Alice.Id).FirstOrDefault());
        // Whichever chat met the 429 waits out retry_after on the fake clock, so keep it moving until Bob's 403.
        await bot.AdvanceUntilAsync(() => server.Requests.FirstOrDefault(r => r.Method == "sendMessage" && r.StatusCode == 403));
        // The server records the 403 as it answers; the bot logs the refusal only after reading that answer.
        await bot.WaitForLogAsync("Telegram refused a message");
        var pollFailures = bot.CountLogs("Telegram getUpdates failed");
        server.GoDown();
        // The long poll in flight is dropped: its failure is logged too.
        await bot.WaitForLogAsync("Telegram getUpdates failed", count: pollFailures + 1);

        var logs = bot.AllLogText().ToList();
        Assert.Contains(logs, l => l.Contains("getUpdates failed", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("refused a message", StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain("SECRETpart-xyz", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Redactor_MasksTheTokenAndItsSecretHalf()
    {
        var redactor = new TokenRedactor("424242:SECRETpart-xyz");

        var text = redactor.Describe(new HttpRequestException(
            "Failed POST https://api.telegram.org/bot424242:SECRETpart-xyz/getUpdates",
            new InvalidOperationException("half SECRETpart-xyz leaked")));

        Assert.DoesNotContain("SECRETpart-xyz", text, StringComparison.Ordinal);
        Assert.Contains("bot***/getUpdates", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: half *** leaked", text, StringComparison.Ordinal);
    }
}
