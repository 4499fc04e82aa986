using System.Net;
using BriefBot.Testing.Discord;

namespace BriefBot.Tests.Operations;

[Collection(Sequential.Name)]
public sealed class DiscordReadinessTests
{
    private const string Token = "MTA.fake-bot-token.for-ops-tests";
    private const string ApplicationId = "800000000000000077";

    [Fact]
    public async Task Ready_WaitsForTheGatewaysReady_AndTurnsUnhealthyWhenTheConnectionDrops()
    {
        var clock = OperationsHost.NewClock();
        await using var discord = await FakeDiscordServer.StartAsync(Token, ApplicationId, clock);
        await using var bot = await OperationsHost.StartAsync(
            telegram: false,
            configure: s =>
            {
                s["Discord:Token"] = Token;
                s["Discord:ApplicationId"] = ApplicationId;
                s["Discord:ApiBaseUrl"] = discord.ApiBaseUrl;
                s["Discord:GatewayUrl"] = discord.GatewayUrl;
            },
            clock: clock);

        var connection = await discord.NextConnectionAsync();
        await connection.HelloAsync();
        await connection.ExpectAsync(2);
        await connection.SyncAsync();
        var beforeReady = await bot.GetAsync("/healthz/ready");

        await connection.ReadyAsync();
        await connection.SyncAsync();
        var afterReady = await bot.GetAsync("/healthz/ready");

        connection.Drop();
        await discord.NextConnectionAsync();
        var afterDrop = await bot.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, beforeReady.Status);
        Assert.Contains("discord: has not heard from the platform yet", beforeReady.Body, StringComparison.Ordinal);
        Assert.True(afterReady.Status == HttpStatusCode.OK, afterReady.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, afterDrop.Status);
        Assert.Contains("discord: the gateway connection ended", afterDrop.Body, StringComparison.Ordinal);
    }
}
