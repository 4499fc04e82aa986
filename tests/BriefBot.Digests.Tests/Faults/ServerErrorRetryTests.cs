using BriefBot.Core.Subscriptions;
using BriefBot.Testing.Telegram;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// The whole bot after the merge of the Telegram sender's retries with the ledger's claim at the turn: a digest that
/// meets a 502 is sent again by the sender itself, under the one claim, and the ledger says 'sent' (not 'failed' for a
/// retry ten minutes later).
/// </summary>
public sealed class ServerErrorRetryTests
{
    [Fact]
    public async Task ADigestMeetingA502_IsRetriedByTheSenderUnderItsClaim_AndRecordedSentOnce()
    {
        // An hour's request timeout: the fake clock's steps below must never look like a timeout.
        await using var bot = await BotOnFakeTelegram.CreateAsync(new() { ["Telegram:Sending:RequestTimeoutSeconds"] = "3600" });
        var chat = (await bot.SubscribeChatsAsync(1))[0];
        bot.Telegram.Script("sendMessage", ScriptedFault.BadGateway());
        await bot.StartAsync();
        await bot.Telegram.WaitForRequestAsync(r => r.Method == "sendMessage" && r.StatusCode == 502, TimeSpan.FromSeconds(60));

        // The back-off runs on the fake clock: move it until the second attempt has arrived, then let it settle.
        for (var step = 0; step < 120 && bot.Telegram.Arrivals.Count(r => r.Method == "sendMessage") < 2; step++)
        {
            bot.Time.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await bot.Telegram.WaitForAsync(
                    () => bot.Telegram.Arrivals.Count(r => r.Method == "sendMessage") >= 2 ? "again" : null, TimeSpan.FromMilliseconds(50), "not yet");
            }
            catch (TimeoutException)
            {
                // The sender may still be in its back-off: advance again.
            }
        }

        var run = await bot.Runs.NextAsync();

        Assert.Equal(DigestRunOutcome.Sent, run.Outcome);
        Assert.Equal(1, bot.DigestsReceivedBy(chat));
        Assert.Equal(2, bot.Telegram.Calls("sendMessage").Count);
        var row = Assert.Single(await bot.LedgerAsync());
        Assert.Equal(DeliveryState.Sent, row.State);
    }
}
