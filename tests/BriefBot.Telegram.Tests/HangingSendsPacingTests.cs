using BriefBot.Telegram.Sending;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// The global pacing (Telegram's about 30 messages a second overall) limits how often messages go, not how many are on
/// their way: 30 chats whose sends hang (each up to its 15 s timeout) hold their permits only until they are taken to
/// have arrived (0.5 s after leaving), so another chat's reply waits one window after that, not the 15 s timeout. The
/// clock is fake and moves only when the test moves it.
/// </summary>
public sealed class HangingSendsPacingTests
{
    private const int Hanging = 30;

    [Fact]
    public async Task AHealthyChatsReply_IsNotHeldUp_By30ChatsWhoseSendsHang()
    {
        var clock = new SteppingClock();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock });
        await using var bot = await BotHarness.StartAsync(server, s =>
        {
            s["Telegram:Pacing:GlobalPerSecond"] = "30";
            s["Telegram:Pacing:PerChatPerSecond"] = "1";
        }, clock: clock);
        var holds = Enumerable.Range(2001, Hanging).Select(chat => server.HoldSendsTo(chat)).ToList();
        try
        {
            foreach (var chat in Enumerable.Range(2001, Hanging))
            {
                server.EnqueueMessage(FakeChat.Private(chat), new FakeUser(chat, "User" + chat, "user" + chat), "/start");
            }

            await server.WaitForAsync(() => HangingSends(server) >= Hanging ? "" : null, TimeSpan.FromSeconds(20), "the 30 sends did not all leave");
            var hangingSince = clock.GetUtcNow();

            server.EnqueueMessage(Users.BobPrivate, Users.Bob, "/help");
            var bobs = await bot.AdvanceUntilAsync(() => server.SentTo(Users.Bob.Id) is { Count: 1 } one ? one : null);

            // The 30 hung sends fill one window of the global pace from their allowance; Bob's reply goes when it has
            // passed (0.5 s + 1.02 s), not after their 15 s timeout.
            var waited = bobs[0].At - hangingSince;
            Assert.InRange(waited, TelegramChatSender.ArrivalAllowance + TimeSpan.FromSeconds(1), TelegramChatSender.ArrivalAllowance + TimeSpan.FromSeconds(1.2));
            Assert.Equal(Hanging, HangingSends(server));
            Assert.Equal(bobs, server.SentMessages);
        }
        finally
        {
            holds.ForEach(h => h.Dispose());
        }
    }

    private static int HangingSends(FakeBotApiServer server) =>
        server.Arrivals.Count(r => r.Method == "sendMessage" && r.Text("chat_id") is { } chat && chat.StartsWith('2'));
}
