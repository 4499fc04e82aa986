using System.Diagnostics;
using System.Globalization;
using BriefBot.Digests.Tests.Faults;
using BriefBot.Testing.Telegram;
using Xunit.Abstractions;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: "the jobs of an instance that dies are recovered by another within Digest:FailoverSeconds". Two `run`
/// processes share one database; the doomed one reaches the Bot API through a server that answers every digest with a
/// 429 and an hour's retry_after, so its firings stay running, waiting, with their claims given back. It is killed
/// (SIGKILL): its firings exist only in Quartz's tables, and only the cluster's recovery can run them again (no trigger
/// rebuild happens meanwhile: the resync is every 15 minutes).
/// </summary>
public sealed class ClusterFailoverTests(ITestOutputHelper output) : IDisposable
{
    private const int Chats = 12;
    private const int FailoverSeconds = 10;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-cluster-failover-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task TheFiringsOfAKilledInstance_AreRunByTheOtherWithinTheFailoverTime_AndNoChatGetsTwo()
    {
        var database = await ClusterDatabase.CreateAsync();
        // Due at a whole minute at least 75 s away, so both instances are up and have set their triggers by then.
        var now = DateTime.UtcNow;
        var due = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(now.Second < 45 ? 2 : 3);
        await database.SubscribeChatsAsync(Chats, TimeOnly.FromDateTime(due));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var refusing = await FakeBotApiServer.StartAsync();
        refusing.Script("sendMessage", ScriptedFault.TooManyRequests(3600), times: 1000);
        Directory.CreateDirectory(_folder);

        // The doomed instance starts first and takes the polling lease: its long polls re-check the condition below.
        var doomed = BotProcess.Start(_folder, Environment(refusing, database, "doomed"));
        await refusing.WaitForRequestAsync(r => r.Method == "getUpdates", TimeSpan.FromSeconds(60));
        using var survivor = BotProcess.Start(_folder, Environment(telegram, database, "survivor"));
        var stopwatch = new Stopwatch();
        using (doomed)
        {
            // Every chat's firing has run on one instance or the other (Quartz takes no more firings than it has
            // threads, ten, so the doomed one cannot hold a twelfth back), and those on the doomed one were refused
            // and wait, holding no claim: nothing is in doubt.
            await refusing.WaitForAsync(
                () => TakenBy(refusing).Count > 0
                    && TakenBy(refusing).Count + telegram.SentMessages.Count == Chats
                    && database.CountAsync("SELECT COUNT(*) FROM deliveries WHERE state = 'attempted'").GetAwaiter().GetResult() == 0 ? "" : null,
                TimeSpan.FromSeconds(180),
                "the firings did not all start:\n" + doomed.Output);
            doomed.Kill();
            stopwatch.Start();
        }

        var taken = TakenBy(refusing);
        // Nothing but the recovery can send these now.
        Assert.All(taken, chat => Assert.Empty(telegram.SentTo(chat)));
        await telegram.WaitForAsync(() => telegram.SentMessages.Count >= Chats ? "" : null, TimeSpan.FromSeconds(90), "the firings were not recovered:\n" + survivor.Output);
        var recoveredAfter = stopwatch.Elapsed;
        await survivor.TerminateAsync(TimeSpan.FromSeconds(30));

        output.WriteLine($"the killed instance had {taken.Count} of {Chats} digests waiting; the last of them reached its chat {recoveredAfter.TotalSeconds:0.0} s after the kill");
        Assert.NotEmpty(taken);
        Assert.All(Enumerable.Range(1001, Chats), chat => Assert.Single(telegram.SentTo(chat)));
        Assert.Equal(Chats, await database.CountAsync("SELECT COUNT(*) FROM deliveries WHERE state = 'sent'"));
        // Written off and recovered within the failover time; the rest is sending the digests (on a loaded machine).
        Assert.True(recoveredAfter < TimeSpan.FromSeconds(FailoverSeconds + 5), $"recovered {recoveredAfter.TotalSeconds:0.0} s after the kill");
    }

    private static List<long> TakenBy(FakeBotApiServer refusing) =>
        refusing.Calls("sendMessage").Select(c => long.Parse(c.Parameters["chat_id"]!.ToString(), CultureInfo.InvariantCulture)).Distinct().ToList();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Dictionary<string, string> Environment(FakeBotApiServer telegram, ClusterDatabase database, string name) => new()
    {
        ["Telegram__Token"] = telegram.Token,
        ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Telegram__OffsetPath"] = Path.Combine(_folder, name, "offset.txt"),
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["Content__Path"] = Path.Combine(_folder, "no-content"),
        ["Digest__FailoverSeconds"] = FailoverSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
