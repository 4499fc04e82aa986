using BriefBot.Telegram.Options;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Telegram:Token", "not-a-token-SECRET", "Telegram:Token is malformed")]
    [InlineData("Telegram:ApiBaseUrl", "ftp://example.org", "Telegram:ApiBaseUrl must be an absolute http or https URL")]
    [InlineData("Telegram:AdminUserIds", "12,abc", "Telegram:AdminUserIds must be numeric")]
    [InlineData("Telegram:Mode", "Webhook", "Telegram:WebhookUrl must be an absolute https URL")]
    [InlineData("Telegram:Pacing:GlobalPerSecond", "0", "Telegram:Pacing:GlobalPerSecond must be at least 1")]
    public async Task BadSetting_StopsTheHost_WithASentenceNamingTheKey(string key, string value, string expected)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s[key] = value, start: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.Host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AdminUserIds_AcceptACommaSeparatedList()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s => s["Telegram:AdminUserIds"] = "111, 222");

        Assert.Equal([111L, 222L], bot.Host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.AdminUserIds);
    }

    [Fact]
    public void NoToken_RegistersNothingThatRuns()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = "nonsense" }).Build();
        var services = new ServiceCollection();

        services.AddTelegramTransport(configuration);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Empty(services);
    }
}
