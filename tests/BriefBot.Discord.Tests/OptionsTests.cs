using BriefBot.Core.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Tests;

public sealed class OptionsTests
{
    private const string Token = "MTA.secret-value.do-not-log";

    [Fact]
    public void WithoutToken_NothingIsRegistered()
    {
        var services = new ServiceCollection();
        services.AddDiscordTransport(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = "123",
        }).Build());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IChatSender));
    }

    [Theory]
    [InlineData("Discord:ApplicationId", "not-a-number", "Discord:ApplicationId")]
    [InlineData("Discord:GuildId", "guild", "Discord:GuildId")]
    [InlineData("Discord:AdminUserIds", "12,bob", "Discord:AdminUserIds")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("Discord:GatewayUrl", "http://127.0.0.1:1", "Discord:GatewayUrl")]
    [InlineData("Discord:ShardId", "2", "Discord:ShardCount")]
    public async Task BadSetting_StopsStartUp_WithSentenceNamingTheKey_NeverTheToken(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = "800000000000000001",
            [key] = value,
        };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<BriefBot.Core.Commands.ICommandRouter>(Support.ScriptedRouter.WithBriefingCommands());
        builder.Services.AddDiscordTransport(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingApplicationId_StopsStartUp()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = Token });
        builder.Services.AddSingleton<BriefBot.Core.Commands.ICommandRouter>(Support.ScriptedRouter.WithBriefingCommands());
        builder.Services.AddDiscordTransport(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
    }
}
