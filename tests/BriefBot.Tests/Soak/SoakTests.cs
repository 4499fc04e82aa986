using System.Diagnostics;
using BriefBot.Cli;
using BriefBot.Core.Commands;
using BriefBot.Core.Reloading;
using BriefBot.Hosting;
using BriefBot.Testing.Discord;
using BriefBot.Testing.Telegram;
using BriefBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace BriefBot.Tests.Soak;

/// <summary>
/// The whole bot in one host (real router, content, SQLite, the Telegram transport against the fake Bot API, the
/// Discord transport against the fake gateway and REST API) takes mixed commands through the console chat, Telegram
/// and Discord slash commands, with a reload after every round, while memory, timers, sockets and threads are sampled. <see cref="SoakPlan"/> says how long; RELIABILITY.md has a long run's figures.
/// </summary>
[Trait("Category", "Soak")]
[Collection(Operations.Sequential.Name)] // alone: the other tests' servers would count among this process's sockets and timers
public sealed class SoakTests(ITestOutputHelper output)
{
    /// <summary>Managed heap (after a full collection) may grow by this much from the end of warm-up.</summary>
    private const long HeapGrowthBound = 16 * 1024 * 1024;

    /// <summary>
    /// Telegram's pacing gates hold a timer per permit for the window it counts in (a second, for a private chat and
    /// for the global limit), so the timers alive at a sample follow the last second's sends, at most twice the
    /// global pace set below (2,000 a second): 215–2,922 in the long run. A timer leaked per command or per reply
    /// passes this within a few rounds of the long form.
    /// </summary>
    private const long TimerCeiling = 6_000;

    /// <summary>
    /// Open sockets follow the requests in flight, not the commands run: a batch of Telegram commands puts up to
    /// <see cref="TelegramBatch"/> requests in flight, each a client and a server socket in this process, and the pools
    /// widen to that when the machine is loaded (274 → 430 → 458 in one full-suite run on 2 busy cores, flat after),
    /// while the Discord client's pool is briefly doubled when its handler is renewed. A socket leaked per command or
    /// per reply passes this ceiling within the short form's 3,000 commands.
    /// </summary>
    private const int SocketCeiling = (4 * TelegramBatch) + 128;

    private const int TelegramBatch = 250;
    private const int TelegramUsers = 25;

    [Fact]
    public async Task MixedCommandsAndReloads_ThroughConsoleTelegramAndDiscord_KeepMemoryFlat_WithNoErrorsOrLeaks()
    {
        var plan = SoakPlan.FromEnvironment();
        using var content = new TempContent();
        using var data = new TempContent(withShippedArticles: false);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var discordServer = await FakeDiscordServer.StartAsync(SoakDiscord.Token, SoakDiscord.ApplicationId, TimeProvider.System);
        var logs = new CountingLoggerProvider();
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Folder,
            ["Digest:Scheduling"] = "false",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(data.Folder, "bot.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Commands:PerUserPerMinute"] = "100000000",
            ["Telegram:Token"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "10",
            ["Telegram:OffsetPath"] = Path.Combine(data.Folder, "telegram-offset.txt"),
            ["Telegram:Pacing:PerChatPerSecond"] = "1000",
            ["Telegram:Pacing:PerGroupPerMinute"] = "60000",
            ["Telegram:Pacing:GlobalPerSecond"] = "2000",
            ["Discord:Token"] = SoakDiscord.Token,
            ["Discord:ApplicationId"] = SoakDiscord.ApplicationId,
            ["Discord:ApiBaseUrl"] = discordServer.ApiBaseUrl,
            ["Discord:GatewayUrl"] = discordServer.GatewayUrl,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();
        var reloads = new List<ReloadReport>();
        host.Services.GetRequiredService<ReloadCoordinator>().Completed += report =>
        {
            lock (reloads)
            {
                reloads.Add(report);
            }
        };
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        var router = host.Services.GetRequiredService<ICommandRouter>();
        var discord = await SoakDiscord.ConnectAsync(discordServer);

        var samples = new List<SoakSample> { SoakSample.Take(0, 0) };
        var console = new SoakCommands.Replies();
        long consoleCommands = 0, telegramCommands = 0, discordCommands = 0;
        for (var round = 1; round <= plan.Rounds; round++)
        {
            content.Write("soak.md", $"---\ntitle: Soak round {round}\nauthor: Sam Writer\n---\n\nNorway and Kenya met in round {round} to talk about trade.\n");
            var forConsole = plan.CommandsPerRound / 3;
            var forDiscord = plan.CommandsPerRound / 3;
            var forTelegram = plan.CommandsPerRound - forConsole - forDiscord;
            var typing = new ConsoleChat(router, new SoakCommands.Lines(consoleCommands, forConsole, "/reload"), console, interactive: false).RunAsync(CancellationToken.None);
            var chatting = SendThroughTelegramAsync(telegram, telegramCommands, forTelegram);
            var interacting = discord.SendAsync(discordCommands, forDiscord);
            await Task.WhenAll(typing, chatting, interacting);
            consoleCommands += forConsole + 1;
            telegramCommands += forTelegram;
            discordCommands += forDiscord;
            samples.Add(SoakSample.Take(round, consoleCommands + telegramCommands + discordCommands));
        }

        var ran = clock.Elapsed;
        var stopping = Stopwatch.StartNew();
        using (var budget = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await host.StopAsync(budget.Token);
        }

        var stopped = stopping.Elapsed;
        Report(plan, samples, (consoleCommands, telegramCommands, discordCommands), discord, reloads, logs, ran, stopped);

        Assert.Equal(consoleCommands, console.Count);
        Assert.Equal(0, console.Failures);
        Assert.Equal(plan.Reloads, reloads.Count);
        Assert.All(reloads, r => Assert.True(r.Applied));
        Assert.True(logs.Errors == 0, string.Join("\n", logs.Kept));
        Assert.True(stopped < TimeSpan.FromSeconds(10), $"the host took {stopped} to stop");
        var warm = samples[plan.WarmUpRounds];
        var after = samples.Skip(plan.WarmUpRounds + 1).ToList();
        Assert.True(after.Max(s => s.HeapBytes) - warm.HeapBytes <= HeapGrowthBound, "heap grew past the bound:\n" + string.Join("\n", samples));
        Assert.True(samples.Max(s => s.Timers) <= TimerCeiling, "timers leak:\n" + string.Join("\n", samples));
        Assert.True(samples.Max(s => s.Sockets) <= SocketCeiling, "sockets leak:\n" + string.Join("\n", samples));
    }

    /// <summary>Batches of commands from 25 private chats; each must get exactly one reply, and none a failure.</summary>
    private static async Task SendThroughTelegramAsync(FakeBotApiServer telegram, long start, int count)
    {
        for (var sent = 0; sent < count; sent += TelegramBatch)
        {
            var batch = Math.Min(TelegramBatch, count - sent);
            for (var i = 0; i < batch; i++)
            {
                var user = 9_001 + (i % TelegramUsers);
                telegram.EnqueueMessage(FakeChat.Private(user), new FakeUser(user, "Soak"), SoakCommands.At(start + sent + i));
            }

            await telegram.WaitForAsync(() => telegram.SentCount >= batch ? "answered" : null, TimeSpan.FromSeconds(120), $"not all {batch} commands were answered");
            var replies = telegram.SentMessages;
            Assert.Equal(batch, replies.Count);
            Assert.DoesNotContain(replies, r => r.Text.Contains("something went wrong", StringComparison.OrdinalIgnoreCase));
            telegram.ForgetHistory();
        }
    }

    private void Report(
        SoakPlan plan,
        List<SoakSample> samples,
        (long Console, long Telegram, long Discord) commands,
        SoakDiscord discord,
        List<ReloadReport> reloads,
        CountingLoggerProvider logs,
        TimeSpan ran,
        TimeSpan stopped)
    {
        var (console, telegram, interactions) = commands;
        output.WriteLine($"Soak ({plan.Name}): {console + telegram + interactions:N0} commands ({console:N0} console incl. {plan.Reloads} /reload, "
            + $"{telegram:N0} Telegram, {interactions:N0} Discord of which {discord.Deferred:N0} deferred, {discord.FollowUps:N0} follow-up messages), "
            + $"{reloads.Count} reloads, {ran.TotalSeconds:0.0} s, host stopped in {stopped.TotalMilliseconds:0} ms; {logs.Errors} errors, {logs.Warnings} warnings logged");
        foreach (var sample in samples)
        {
            output.WriteLine(sample.ToString());
        }

        foreach (var line in logs.Kept)
        {
            output.WriteLine(line);
        }
    }
}
