using BriefBot.Core.Knowledge;
using BriefBot.Testing.Telegram;
using BriefBot.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Tests.Operations;

[Collection(Sequential.Name)]
public sealed class MetricsTests
{
    private static readonly FakeUser Reader = new(7100, "Reader");

    [Fact]
    public async Task Metrics_CountCommandsByCommandAndOutcome_WithTheirLatency()
    {
        await using var bot = await OperationsHost.StartAsync();

        await bot.AskAsync(Reader, "/help");
        await bot.AskAsync(Reader, "/help");
        await bot.AskAsync(Reader, "/nosuchcommand");
        await bot.AskAsync(Reader, "/reload");

        var scrape = await bot.ScrapeAsync();
        Assert.Equal(2, scrape.Value("briefbot_commands_total", "command=help", "outcome=ok"));
        Assert.Equal(1, scrape.Value("briefbot_commands_total", "command=unknown", "outcome=bad_input"));
        Assert.Equal(1, scrape.Value("briefbot_commands_total", "command=reload", "outcome=refused"));
        Assert.Equal(2, scrape.Value("briefbot_command_duration_seconds_count", "command=help"));
        Assert.Equal(4, scrape.Value("briefbot_command_duration_seconds_count"));
    }

    [Fact]
    public async Task Metrics_ShowTheSnapshotInForce_AndEachReloadByResult()
    {
        await using var bot = await OperationsHost.StartAsync();
        var snapshot = bot.Host.Services.GetRequiredService<ISnapshotSource>().Current;

        await bot.AskAsync(OperationsHost.Admin, "/reload");

        var scrape = await bot.ScrapeAsync();
        Assert.Equal(snapshot.Articles.Count, scrape.Value("briefbot_snapshot_articles"));
        Assert.Equal(snapshot.Entities.Count, scrape.Value("briefbot_snapshot_entities"));
        Assert.Equal(1, scrape.Value("briefbot_reload_duration_seconds_count", "result=applied"));
    }

    [Fact]
    public async Task Metrics_CountTheDigestsSent()
    {
        var runs = new DigestRuns();
        await using var bot = await OperationsHost.StartAsync(services: s => s.AddSingleton<IDigestRunObserver>(runs));
        await bot.AskAsync(Reader, "/subscribe at 09:30 in UTC");

        bot.Clock.SetUtcNow(bot.Clock.GetUtcNow().Date.AddHours(9).AddMinutes(30));
        var outcome = await runs.NextAsync();

        Assert.Equal(DigestRunOutcome.Sent, outcome);
        var scrape = await bot.ScrapeAsync();
        Assert.Equal(1, scrape.Value("briefbot_digests_total", "result=sent"));
        Assert.Equal(0, scrape.Value("briefbot_digests_total", "result=failed"));
    }

    [Fact]
    public async Task Metrics_CountTheRateLimitsTelegramAnswers()
    {
        await using var bot = await OperationsHost.StartAsync();
        var server = bot.Server!;
        await bot.AskAsync(Reader, "/help");
        server.Script("sendMessage", ScriptedFault.TooManyRequests(1), times: 2);

        server.EnqueueMessage(FakeChat.Private(Reader.Id), Reader, "/help");
        await AdvanceUntilAsync(bot, () => server.SentTo(Reader.Id).Count >= 2 ? server.SentTo(Reader.Id) : null);

        var scrape = await bot.ScrapeAsync();
        Assert.Equal(2, scrape.Value("briefbot_rate_limited_total", "platform=telegram"));
    }

    /// <summary>Moves the fake clock a second at a time (each retry_after waits on it) until the bot's next request shows the answer.</summary>
    private static async Task AdvanceUntilAsync<T>(OperationsHost bot, Func<T?> probe)
        where T : class
    {
        for (var step = 0; step < 60 && probe() is null; step++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await bot.Server!.WaitForAsync(probe, TimeSpan.FromMilliseconds(50), "not yet");
            }
            catch (TimeoutException)
            {
                // The sender may still be waiting on the clock: advance again.
            }
        }

        Assert.NotNull(probe());
    }

    /// <summary>Hears each digest run after the bot's own observers (the metrics) have: registered after them.</summary>
    private sealed class DigestRuns : IDigestRunObserver
    {
        private readonly System.Threading.Channels.Channel<DigestRunOutcome> _runs = System.Threading.Channels.Channel.CreateUnbounded<DigestRunOutcome>();

        public Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
        {
            _runs.Writer.TryWrite(outcome);
            return Task.CompletedTask;
        }

        public async Task<DigestRunOutcome> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return await _runs.Reader.ReadAsync(timeout.Token);
        }
    }
}
