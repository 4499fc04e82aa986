using System.Net.WebSockets;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Support;

namespace BriefBot.Discord.Tests;

/// <summary>
/// Gateway faults against a fake that answers Identify and Resume as Discord's docs say: it keeps sessions,
/// replays what a resumed client missed, answers a Resume of a forgotten session with op 9 (d false).
/// </summary>
public sealed class GatewayFaultTests
{
    [Fact]
    public async Task DroppedSocket_ResumesAtTheResumeUrl_WithSessionAndLastSequence_AndAnswersWhatItMissed()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (first, _) = await harness.ConnectAsync();
        var lastSeen = await first.DispatchAsync("GUILD_CREATE", new { id = InteractionPayloads.GuildId });
        await first.SyncAsync();

        first.Drop();
        harness.Server.QueueDispatch("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000007", "help"));
        var second = await harness.Server.NextConnectionAsync();
        await second.HelloAsync(DiscordHarness.HeartbeatMs);
        var (resume, resumed) = await second.AnswerResumeAsync();
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000007/");

        Assert.True(resumed);
        Assert.Equal("/resume", second.Path);
        Assert.Contains("v=10", second.Query, StringComparison.Ordinal);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(lastSeen, resume.GetProperty("seq").GetInt64());
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(1, harness.Server.Requests.Count(r => r.Is("GET", "gateway/bot")));
    }

    [Fact]
    public async Task DroppedSocket_WhenDiscordNoLongerKeepsTheSession_IdentifiesAfresh_OnTheCachedGatewayUrl()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (first, _) = await harness.ConnectAsync();

        first.Drop();
        harness.Server.InvalidateSessions();
        var resuming = await harness.Server.NextConnectionAsync();
        await resuming.HelloAsync(DiscordHarness.HeartbeatMs);
        var (_, resumed) = await resuming.AnswerResumeAsync();
        await resuming.WaitForCloseAsync();
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(1));
        var fresh = await harness.Server.NextConnectionAsync();
        await fresh.HelloAsync(DiscordHarness.HeartbeatMs);
        var identify = await fresh.AnswerIdentifyAsync("session-2");
        await harness.Logs.WaitForAsync("Discord gateway ready as", 2);

        Assert.False(resumed);
        Assert.Equal("/resume", resuming.Path);
        Assert.Equal("/gateway", fresh.Path);
        Assert.NotNull(identify);
        Assert.Equal(1, harness.Server.Requests.Count(r => r.Is("GET", "gateway/bot")));
    }

    [Fact]
    public async Task ZombieConnection_ClosesWithNeither1000Nor1001_ThenResumesAndGetsWhatItMissed()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "I answer briefings."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (zombie, _) = await harness.ConnectAsync();
        zombie.AutoAcknowledge = false;

        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.FirstBeat);
        await zombie.ExpectAsync(1);
        harness.Server.QueueDispatch("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000008", "help"));
        await harness.Time.AdvanceWhenArmedAsync(DiscordHarness.Interval);
        var closed = await zombie.WaitForCloseAsync();
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var (_, resumed) = await next.AnswerResumeAsync();
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000008/");

        Assert.NotNull(closed);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closed);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closed);
        Assert.True(resumed);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
    }

    /// <summary>The docs' table: 4001, 4002 and 4005 may reconnect and resume (4000, 4008 are in GatewaySessionTests).</summary>
    [Theory]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    public async Task ClientErrorCloseCodes_Reconnect_AndResume(int code)
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.CloseAsync(code);
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var (_, resumed) = await next.AnswerResumeAsync();

        Assert.True(resumed);
        Assert.Equal("/resume", next.Path);
    }

    /// <summary>4003 also means "this session has been invalidated": resuming it cannot work, a new session can.</summary>
    [Fact]
    public async Task NotAuthenticated4003_IdentifiesAfresh_WithoutTryingToResume()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();
        harness.Server.InvalidateSessions();

        await connection.CloseAsync(4003, "Not authenticated.");
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var identify = await next.AnswerIdentifyAsync("session-2");

        Assert.Equal("/gateway", next.Path);
        Assert.NotNull(identify);
    }

    [Fact]
    public async Task GatewayThatNeverAnswersTheUpgrade_IsGivenUp_AndTheBotConnectsAgain()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.StallHandshakes = true;
        await harness.Host.StartAsync();

        await harness.Server.WaitForStalledHandshakeAsync();
        harness.Server.StallHandshakes = false;
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(30));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(1));
        var next = await harness.Server.NextConnectionAsync();
        await next.HelloAsync(DiscordHarness.HeartbeatMs);
        var identify = await next.AnswerIdentifyAsync();

        Assert.NotNull(identify);
        Assert.Equal(1, harness.Server.StalledHandshakes);
    }
}
