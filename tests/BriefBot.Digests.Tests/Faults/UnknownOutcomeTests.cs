using BriefBot.Core.Subscriptions;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// Issue 17: "a send that the server accepts but answers after the client timeout is sent again: 2 chats got 2 digests".
/// Telegram has no idempotency key, so a digest whose answer never came is recorded 'unknown' and not sent again
/// (at most once; RELIABILITY.md explains the trade-off).
/// </summary>
public sealed class UnknownOutcomeTests
{
    [Fact]
    public async Task ADigestAcceptedButNeverAnswered_IsRecordedUnknown_AndNotSentAgain()
    {
        await using var bot = await BotOnFakeTelegram.CreateAsync();
        var chat = (await bot.SubscribeChatsAsync(1))[0];
        bot.Telegram.Script("sendMessage", ScriptedFault.AcceptedThenConnectionReset());
        await bot.StartAsync();
        await bot.Runs.NextAsync();

        // Whatever comes next for this chat today (a retry, if one was scheduled) is let run.
        var triggers = bot.Services.GetRequiredService<DigestTriggers>();
        var next = await triggers.NextFireAsync("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        if (next is { } at && at.UtcDateTime.Date == bot.Today.ToDateTime(TimeOnly.MinValue))
        {
            bot.Time.SetUtcNow(at);
            await bot.Runs.NextAsync();
        }

        Assert.Equal(1, bot.DigestsReceivedBy(chat));
        var row = Assert.Single(await bot.LedgerAsync());
        Assert.Equal(DeliveryState.Unknown, row.State);
        Assert.Equal(bot.Today.AddDays(1).ToDateTime(BotOnFakeTelegram.DigestTime), next?.UtcDateTime);
    }
}
