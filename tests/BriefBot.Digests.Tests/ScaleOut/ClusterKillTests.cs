using System.Globalization;
using BriefBot.Digests.Tests.Faults;
using BriefBot.Testing.Telegram;
using Xunit.Abstractions;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: two instances as child processes (`run`) on one PostgreSQL database and the fake Bot API, 300 chats due
/// together; one is killed (SIGKILL) in the middle of the fan-out. The other takes over its triggers (Quartz's cluster
/// recovery after Digest:FailoverSeconds) and finishes: no chat gets two digests, and a chat is left without one only
/// if its send was on the wire at the kill (its row stays "attempted": at most once, RELIABILITY.md).
/// </summary>
public sealed class ClusterKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Chats = 300;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-cluster-kill-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task OneOfTwoInstancesKilledInTheMiddleOfTheFanOut_TheOtherFinishes_AndNoChatGetsTwo()
    {
        var database = await ClusterDatabase.CreateAsync();
        await database.SubscribeChatsAsync(Chats);
        await using var telegram = await FakeBotApiServer.StartAsync();
        Directory.CreateDirectory(_folder);

        using var survivor = BotProcess.Start(_folder, Environment(telegram, database, "survivor"));
        DateTimeOffset killedAt;
        using (var killed = BotProcess.Start(_folder, Environment(telegram, database, "killed")))
        {
            await telegram.WaitForAsync(() => DigestCount(telegram) >= 60 ? "" : null, TimeSpan.FromSeconds(90), "60 digests did not arrive:\n" + killed.Output);
            killed.Kill();
            killedAt = DateTimeOffset.UtcNow;
        }

        var atKill = DigestCount(telegram);
        var cutoff = killedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        // Settled: every chat sent, or in doubt from before the kill. The survivor long-polls every second, and each request re-checks.
        await telegram.WaitForAsync(
            () => database.CountAsync($"SELECT COUNT(*) FROM deliveries WHERE state = 'sent' OR (state = 'attempted' AND attempted_at < '{cutoff}+00')").GetAwaiter().GetResult() == Chats ? "" : null,
            TimeSpan.FromSeconds(120),
            "the digests did not settle:\n" + survivor.Output);
        await survivor.TerminateAsync(TimeSpan.FromSeconds(30));

        var perChat = Enumerable.Range(1001, Chats).ToDictionary(c => (long)c, c => telegram.SentTo(c).Count);
        var inDoubt = await database.CountAsync("SELECT COUNT(*) FROM deliveries WHERE state = 'attempted'");
        output.WriteLine($"killed after {atKill} digests; {perChat.Count(c => c.Value == 1)} chats got one, {perChat.Count(c => c.Value == 0)} none; {inDoubt} in doubt");
        Assert.InRange(atKill, 60, Chats - 1);
        Assert.All(perChat, chat => Assert.InRange(chat.Value, 0, 1));
        // In flight at the kill: at most one per job Quartz runs at once (ten).
        Assert.InRange(inDoubt, 0, 10);
        Assert.True(perChat.Count(c => c.Value == 0) <= inDoubt, $"{perChat.Count(c => c.Value == 0)} chats got nothing, {inDoubt} are in doubt");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // Nothing but digests is sent here (no chat writes to the bot).
    private static int DigestCount(FakeBotApiServer telegram) => telegram.SentMessages.Count;

    private Dictionary<string, string> Environment(FakeBotApiServer telegram, ClusterDatabase database, string name) => new()
    {
        ["Telegram__Token"] = telegram.Token,
        ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Telegram__OffsetPath"] = Path.Combine(_folder, name, "offset.txt"),
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["Content__Path"] = Path.Combine(_folder, "no-content"),
        ["Digest__FailoverSeconds"] = "10",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
