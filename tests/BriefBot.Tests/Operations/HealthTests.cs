using System.Net;

namespace BriefBot.Tests.Operations;

[Collection(Sequential.Name)]
public sealed class HealthTests
{
    private static readonly BriefBot.Testing.Telegram.FakeUser Reader = new(7200, "Reader");

    [Fact]
    public async Task Ready_IsHealthy_OnceContentDatabaseAndTelegramAnswer()
    {
        await using var bot = await OperationsHost.StartAsync();

        await bot.AskAsync(Reader, "/help");

        var (status, body) = await bot.GetAsync("/healthz/ready");
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_TurnsUnhealthy_WhenTheBotApiStopsAnsweringPolls_WhileLiveStaysHealthy()
    {
        await using var bot = await OperationsHost.StartAsync();
        await bot.AskAsync(Reader, "/help");
        Assert.Equal(HttpStatusCode.OK, (await bot.GetAsync("/healthz/ready")).Status);

        bot.Server!.GoDown();
        bot.Clock.Advance(TimeSpan.FromMinutes(2));

        var (ready, body) = await bot.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Contains("telegram: nothing heard from the platform", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bot.GetAsync("/healthz/live")).Status);
    }

    [Fact]
    public async Task Ready_SaysWhichKeysAreMissing_WhenNoTransportIsConfigured_WhileLiveStaysHealthy()
    {
        await using var bot = await OperationsHost.StartAsync(telegram: false);

        var (ready, body) = await bot.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Contains("Telegram:Token", body, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bot.GetAsync("/healthz/live")).Status);
    }

    [Fact]
    public async Task HealthcheckVerb_ExitsZero_WhenTheBotAnswers_AndOne_WhenNothingListens()
    {
        await using var bot = await OperationsHost.StartAsync(telegram: false);

        var (up, _, _) = await Support.Cli.RunAsync(["healthcheck", "--url", new Uri(bot.BaseAddress, "/healthz/live").ToString()]);
        await bot.Host.StopAsync();
        var (down, _, _) = await Support.Cli.RunAsync(["healthcheck", "--url", new Uri(bot.BaseAddress, "/healthz/live").ToString()]);

        Assert.Equal(0, up);
        Assert.Equal(1, down);
    }

    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/healthz/live")]
    [InlineData("http://0.0.0.0:9000/;http://localhost:9001", "http://127.0.0.1:9000/healthz/live")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/healthz/live")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/healthz/live")]
    public void HealthcheckVerb_AsksLoopback_ForAWildcardListenAddress(string httpUrls, string expected) =>
        Assert.Equal(expected, BriefBot.Cli.HealthProbe.LiveUrlFrom(httpUrls));
}
