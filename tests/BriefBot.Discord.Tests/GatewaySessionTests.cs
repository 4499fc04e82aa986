using System.Net.WebSockets;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Support;

namespace BriefBot.Discord.Tests;

public sealed class GatewaySessionTests
{
    [Fact]
    public async Task Connect_IdentifiesWithTokenAndNoIntents_AfterHello_OnTheUrlFromGatewayBot()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var (connection, identify) = await harness.ConnectAsync();

        Assert.Contains(harness.Server.Requests, r => r.Is("GET", "gateway/bot"));
        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.Equal(DiscordHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        Assert.Equal("briefbot", identify.GetProperty("properties").GetProperty("browser").GetString());
        Assert.False(identify.TryGetProperty("shard", out _));
    }

    [Fact]
    public async Task Connect_UsesConfiguredGatewayUrlAndShardPair_WithoutAskingForTheGateway()
    {
        await using var harness = await DiscordHarness.StartAsync((s, server) =>
        {
            s["Discord:GatewayUrl"] = server.GatewayUrl;
            s["Discord:ShardId"] = "1";
            s["Discord:ShardCount"] = "3";
        });

        var (_, identify) = await harness.ConnectAsync();

        Assert.Equal([1, 3], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.DoesNotContain(harness.Server.Requests, r => r.Is("GET", "gateway/bot"));
    }

    [Fact]
    public async Task Heartbeat_FirstAfterJitteredFraction_ThenEveryInterval_CarryingLastSequence()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();
        await connection.DispatchAsync("GUILD_CREATE", new { id = InteractionPayloads.GuildId });
        await connection.SyncAsync();

        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.FirstBeat);
        var first = await connection.ExpectAsync(1);
        await connection.SyncAsync();
        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.Interval);
        var second = await connection.ExpectAsync(1);

        Assert.Equal(2, first.GetInt64());
        Assert.Equal(2, second.GetInt64());
        Assert.Equal(4, connection.HeartbeatsReceived);
    }

    [Fact]
    public async Task Heartbeat_SentAtOnce_WhenTheGatewayAsksForOne()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.SendAsync(new { op = 1, d = (object?)null });

        await connection.ExpectAsync(1);
        Assert.Equal(1, connection.HeartbeatsReceived);
    }

    [Fact]
    public async Task Reconnect_ResumesOnResumeUrl_AndAnswersReplayedInteraction()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (first, _) = await harness.ConnectAsync();
        var lastSeen = await first.DispatchAsync("GUILD_CREATE", new { id = InteractionPayloads.GuildId });

        await first.ReconnectAsync();
        var closed = await first.WaitForCloseAsync();
        var second = await harness.Server.NextConnectionAsync();
        await second.HelloAsync(DiscordHarness.HeartbeatMs);
        var resume = await second.ExpectAsync(6);
        await second.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000001", "help"), lastSeen + 1);
        await second.DispatchAsync("RESUMED", new { }, lastSeen + 2);

        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000001/");
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closed);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closed);
        Assert.Equal("/resume", second.Path);
        Assert.Contains("v=10", second.Query, StringComparison.Ordinal);
        Assert.Equal(DiscordHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(lastSeen, resume.GetProperty("seq").GetInt64());
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task MissingAck_ClosesWithNon1000Code_AndResumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();
        connection.AutoAcknowledge = false;

        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.FirstBeat);
        await connection.ExpectAsync(1);
        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.Interval);
        var closed = await connection.WaitForCloseAsync();
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var resume = await next.ExpectAsync(6);

        Assert.NotNull(closed);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closed);
        Assert.Equal("/resume", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, connection.HeartbeatsReceived);
    }

    [Fact]
    public async Task SilentGateway_WithoutHello_IsDroppedAfterTheTimeout_AndTheBotConnectsAgain()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var silent = await harness.Server.NextConnectionAsync();

        await harness.Time.AdvanceWhenArmedAsync(BriefBot.Discord.Gateway.GatewayConnection.HelloTimeout);
        await silent.WaitForCloseAsync();
        // A connection that never got going counts as a failure: the bot backs off a second first.
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(1));
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var identify = await next.ExpectAsync(2);

        Assert.Equal("/gateway", next.Path);
        Assert.Equal(DiscordHarness.Token, identify.GetProperty("token").GetString());
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.InvalidSessionAsync(resumable: true);
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var resume = await next.ExpectAsync(6);

        Assert.Equal("/resume", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task InvalidSessionNotResumable_IdentifiesAfresh_OnTheGatewayUrl()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.InvalidSessionAsync(resumable: false);
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var identify = await next.ExpectAsync(2);

        Assert.Equal("/gateway", next.Path);
        Assert.Equal(DiscordHarness.Token, identify.GetProperty("token").GetString());
    }

    [Fact]
    public async Task FailedResume_BacksOff_ThenIdentifiesAfresh()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();
        await connection.ReconnectAsync();
        var resuming = await harness.Server.NextConnectionAsync();
        await resuming.HelloAsync(DiscordHarness.HeartbeatMs);
        await resuming.ExpectAsync(6);

        await resuming.InvalidSessionAsync(resumable: false);
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(1));
        var fresh = await harness.Server.NextConnectionAsync();
        await fresh.HelloAsync(DiscordHarness.HeartbeatMs);
        await fresh.ExpectAsync(2);

        Assert.Equal("/gateway", fresh.Path);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCodes_IdentifyAfresh(int code)
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.CloseAsync(code);
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        await next.ExpectAsync(2);

        Assert.Equal("/gateway", next.Path);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task ResumableCloseCodes_Resume(int code)
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.CloseAsync(code);
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        await next.ExpectAsync(6);

        Assert.Equal("/resume", next.Path);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCodes_StopTheTransport_WithoutReconnecting(int code)
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.CloseAsync(code);
        var stopped = await harness.Logs.WaitForAsync("Discord transport stopped");

        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), stopped, StringComparison.Ordinal);
        Assert.Equal(1, harness.Server.Requests.Count(r => r.Is("GET", "gateway/bot")));
        Assert.Contains(harness.Logs.Lines, l => l.Contains("cannot be retried", StringComparison.Ordinal));
        var anotherConnection = harness.Server.NextConnectionAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(anotherConnection.IsCompleted);
    }

    [Fact]
    public async Task FailedConnections_BackOffLongerEachTime()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();

        await first.CloseAsync(4000);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        var second = harness.Server.NextConnectionAsync();
        Assert.False(second.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await (await second).CloseAsync(4000);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        var third = harness.Server.NextConnectionAsync();
        Assert.False(third.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var connected = await third;
        await connected.HelloAsync(DiscordHarness.HeartbeatMs);

        await connected.ExpectAsync(2);
    }

    [Fact]
    public async Task ResumeThatKeepsFailing_FallsBackToANewSession()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();
        await connection.CloseAsync(4000);

        foreach (var backoff in new[] { 0, 1, 2 })
        {
            if (backoff > 0)
            {
                await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(backoff));
            }

            var resuming = await harness.Server.NextConnectionAsync();
            Assert.Equal("/resume", resuming.Path);
            await resuming.CloseAsync(4000);
        }

        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(4));
        var fresh = await harness.Server.NextConnectionAsync();
        await fresh.HelloAsync(DiscordHarness.HeartbeatMs);
        await fresh.ExpectAsync(2);

        Assert.Equal("/gateway", fresh.Path);
    }

    [Fact]
    public async Task NoSessionStartsLeft_WaitsForTheReset_BeforeIdentifying()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.SessionStartsRemaining = 0;
        harness.Server.SessionStartsResetAfter = TimeSpan.FromMinutes(30);
        await harness.Host.StartAsync();

        await harness.Time.WaitForTimerAsync(TimeSpan.FromMinutes(30));
        var connecting = harness.Server.NextConnectionAsync();
        Assert.False(connecting.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMinutes(30));
        var connection = await connecting;
        await connection.HelloAsync(DiscordHarness.HeartbeatMs);

        await connection.ExpectAsync(2);
    }

    [Fact]
    public async Task Shutdown_ClosesWith1000()
    {
        var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await harness.DisposeAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.WaitForCloseAsync());
    }
}
