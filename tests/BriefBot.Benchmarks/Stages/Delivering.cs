using System.Diagnostics;
using System.Globalization;
using BriefBot.Core.Briefings;
using BriefBot.Core.Delivery;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Telegram;
using BriefBot.Telegram.Rendering;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Benchmarks.Stages;

internal sealed record DeliveryResult(
    int Chats,
    int MessagesExpected,
    int MessagesAccepted,
    TimeSpan Elapsed,
    double AllowedPerSecond,
    int TooManyRequests,
    int Lost,
    int Duplicated,
    int NotSent,
    Measuring.Latencies Composing,
    double TimerTickMs,
    TimeSpan CpuUsed)
{
    public double AchievedPerSecond => MessagesAccepted / Elapsed.TotalSeconds;

    /// <summary>
    /// The fastest the server's window lets these messages through: a full window at once, then a window's worth
    /// each second (5,000 at 1,000/s: the last batch may go at 4 s, i.e. 1,250/s). Against this, not the nominal
    /// limit, the achieved rate is fair: a sender that used the first window fully would otherwise score over 100 %.
    /// </summary>
    public double FastestPossiblePerSecond =>
        Math.Ceiling(MessagesExpected / AllowedPerSecond) - 1 is var seconds and > 0 ? MessagesExpected / seconds : AllowedPerSecond;

    public double ShareOfPossible => AchievedPerSecond / FastestPossiblePerSecond;
}

/// <summary>
/// Digests to many chats through the real Telegram sender (the transport's own service registration: client, renderer,
/// pacer, retry on 429) against the in-process fake Bot API server, which enforces a global and a per-chat rate and
/// answers 429 with retry_after when either is exceeded. Counts what the server accepted, per chat.
/// </summary>
internal static class Delivering
{
    /// <param name="rounds">
    /// How many times the digests go out, each round to chats of its own once the windows have cleared: the first round
    /// runs code the process has barely used (the runtime is still compiling it to its optimised tier), the later ones
    /// run it as a bot that has been up for a while does.
    /// </param>
    public static async Task<IReadOnlyList<DeliveryResult>> RunAsync(
        ComposedReplies replies, int chats, int globalPerSecond, int perChatPerSecond, int? pacedPerSecond = null, int rounds = 1)
    {
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions
        {
            Limits = new FakeBotApiLimits(GlobalPerSecond: globalPerSecond, PerChatPerSecond: perChatPerSecond),
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:Pacing:GlobalPerSecond"] = (pacedPerSecond ?? globalPerSecond).ToString(CultureInfo.InvariantCulture),
            ["Telegram:Pacing:PerChatPerSecond"] = perChatPerSecond.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Error))
            .AddTelegramTransport(configuration);
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<IChatSender>();
        var renderer = provider.GetRequiredService<TelegramReplyRenderer>();

        // One digest per chat, composed by the real composer, on topics that vary from chat to chat.
        var snapshot = replies.Snapshot;
        var topics = snapshot.Entities.Where(e => e.Kind != EntityKind.Expert).Take(50).Select(e => e.Id).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var digests = new Reply[chats];
        var expectedParts = new int[chats];
        // Chats on the same topic on the same day get the same digest; composing is timed elsewhere, not here.
        var byTopic = new Dictionary<string, Reply>(StringComparer.Ordinal);
        var composing = new Measuring.Latencies();
        for (var i = 0; i < chats; i++)
        {
            var topic = topics.Count == 0 ? string.Empty : topics[i % topics.Count];
            if (!byTopic.TryGetValue(topic, out var digest))
            {
                string[] chatTopics = topic.Length == 0 ? [] : [topic];
                var composeStarted = Stopwatch.GetTimestamp();
                digest = DigestComposer.Compose(new DigestRequest(snapshot, chatTopics, new HashSet<string>(StringComparer.Ordinal), today, 3) { Briefings = replies }).Reply;
                composing.Add(Stopwatch.GetElapsedTime(composeStarted).TotalMilliseconds);
                byTopic[topic] = digest;
            }

            digests[i] = digest;
            expectedParts[i] = renderer.Render(digests[i]).Parts.Count;
        }

        // Connections, JIT and the server's first requests are paid on other chats first; then the windows clear.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => sender.SendAsync((2_000_000 + i).ToString(CultureInfo.InvariantCulture), digests[i % chats], $"warm:{i}", CancellationToken.None)));
        var results = new List<DeliveryResult>();
        for (var round = 0; round < rounds; round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            results.Add(await RoundAsync(server, sender, digests, expectedParts, firstChat: 1_000_000 + round * 100_000, globalPerSecond, composing, today));
        }

        return results;
    }

    private static async Task<DeliveryResult> RoundAsync(
        FakeBotApiServer server, IChatSender sender, Reply[] digests, int[] expectedParts, int firstChat, int globalPerSecond, Measuring.Latencies composing, DateOnly today)
    {
        var chats = digests.Length;
        string ChatId(int i) => (firstChat + i).ToString(CultureInfo.InvariantCulture);
        var requestsBefore = server.Requests.Count;

        // A 100 ms timer on the same TimeProvider the pacer uses: how late its ticks come while the messages go out.
        var ticks = new List<long>();
        using var probe = TimeProvider.System.CreateTimer(_ => { lock (ticks) { ticks.Add(Stopwatch.GetTimestamp()); } }, null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, chats).Select(i =>
            sender.SendAsync(ChatId(i), digests[i], $"digest:{ChatId(i)}:{today:yyyy-MM-dd}", CancellationToken.None)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        probe.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        double tickMs;
        lock (ticks)
        {
            tickMs = ticks.Count < 2 ? double.NaN : Stopwatch.GetElapsedTime(ticks[0], ticks[^1]).TotalMilliseconds / (ticks.Count - 1);
        }

        var accepted = server.SentMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = 0;
        var duplicated = 0;
        for (var i = 0; i < chats; i++)
        {
            var got = accepted.GetValueOrDefault(ChatId(i));
            lost += Math.Max(0, expectedParts[i] - got);
            duplicated += Math.Max(0, got - expectedParts[i]);
        }

        return new DeliveryResult(
            chats,
            expectedParts.Sum(),
            Enumerable.Range(0, chats).Sum(i => accepted.GetValueOrDefault(ChatId(i))),
            elapsed,
            globalPerSecond,
            server.Requests.Skip(requestsBefore).Count(r => r.StatusCode == 429),
            lost,
            duplicated,
            outcomes.Count(o => o.Outcome != DeliveryOutcome.Sent),
            composing,
            tickMs,
            cpuUsed);
    }
}
