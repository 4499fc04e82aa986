using BriefBot.Testing;
using BriefBot.Core.Commands.Throttling;
using BriefBot.Core.Delivery;
using BriefBot.Discord.Tests.Support;
using BriefBot.Hosting;
using BriefBot.Testing.Discord;
using BriefBot.Testing.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Discord.Tests;

/// <summary>Telegram and Discord in one process, as the host builds it: both answer, sharing one router and throttle.</summary>
public sealed class SideBySideTests : IAsyncLifetime
{
    private const long TelegramUser = 4242;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "briefbot-side-by-side-" + Guid.NewGuid().ToString("N"));
    private FakeDiscordServer _discord = null!;
    private FakeBotApiServer _telegram = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        _discord = await FakeDiscordServer.StartAsync(DiscordHarness.Token, DiscordHarness.ApplicationId, TimeProvider.System);
        _telegram = await FakeBotApiServer.StartAsync();
        _host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordHarness.Token,
            ["Discord:ApplicationId"] = DiscordHarness.ApplicationId,
            ["Discord:ApiBaseUrl"] = _discord.ApiBaseUrl,
            ["Discord:GatewayUrl"] = _discord.GatewayUrl,
            ["Telegram:Token"] = _telegram.Token,
            ["Telegram:ApiBaseUrl"] = _telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:OffsetPath"] = Path.Combine(_data, "offset.txt"),
            ["Content:Path"] = RepoPaths.Content,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_data, "bot.db")};Pooling=False",
            ["Digest:Scheduling"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await _host.StopAsync(timeout.Token);
        }

        _host.Dispose();
        await _discord.DisposeAsync();
        await _telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task BothTransports_AnswerTheSameCommand_InOneProcess()
    {
        var gateway = await _discord.NextConnectionAsync();
        await gateway.HelloAsync(DiscordHarness.HeartbeatMs);
        await gateway.ExpectAsync(2);
        await gateway.ReadyAsync();

        _telegram.EnqueueMessage(FakeChat.Private(TelegramUser), new FakeUser(TelegramUser, "Ann"), "/help");
        await gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000201", "help"));

        var telegramAnswer = (await _telegram.WaitForMessagesAsync(TelegramUser, 1))[0];
        var discordCallback = await _discord.WaitForRequestAsync("POST", "interactions/300000000000000201/");
        Assert.Contains("/actor", telegramAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("/actor", discordCallback.Body, StringComparison.Ordinal);
        Assert.Equal(["discord", "telegram"], _host.Services.GetServices<IChatSender>().Select(s => s.Platform).Order(StringComparer.Ordinal));
        Assert.Single(_host.Services.GetServices<CommandThrottle>());
    }
}
