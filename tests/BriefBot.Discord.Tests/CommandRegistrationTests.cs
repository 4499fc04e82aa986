using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Tests.Support;
using BriefBot.Testing.Discord;

namespace BriefBot.Discord.Tests;

public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task StartUp_BulkOverwritesGlobalCommands_FromTheRouter_WithAutocompleteOnEntityArguments()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var put = await harness.Server.WaitForRequestAsync("PUT", "applications/");

        Assert.Equal($"applications/{DiscordHarness.ApplicationId}/commands", put.Path);
        Assert.Equal(200, put.Status);
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["actor", "search", "help"], commands.Keys);
        Assert.Equal("Briefing on a state, organisation or leader", commands["actor"].GetProperty("description").GetString());
        Assert.Equal(1, commands["actor"].GetProperty("type").GetInt32());
        var actorOption = Assert.Single(commands["actor"].GetProperty("options").EnumerateArray());
        Assert.Equal("name", actorOption.GetProperty("name").GetString());
        Assert.Equal(3, actorOption.GetProperty("type").GetInt32());
        Assert.True(actorOption.GetProperty("required").GetBoolean());
        Assert.True(actorOption.GetProperty("autocomplete").GetBoolean());
        var searchOption = Assert.Single(commands["search"].GetProperty("options").EnumerateArray());
        Assert.Equal("query", searchOption.GetProperty("name").GetString());
        Assert.False(searchOption.TryGetProperty("autocomplete", out _));
        Assert.False(commands["help"].TryGetProperty("options", out _));
    }

    [Fact]
    public async Task Registration_IsTriedAgainWithAGrowingWait_WhileDiscordAnswers5xx_AndTheGatewayConnectsMeanwhile()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(new ScriptedFailure("PUT", "applications/", 502, """{"message":"502: Bad Gateway","code":0}"""));
        harness.Server.Fail(new ScriptedFailure("PUT", "applications/", 503, """{"message":"503: Service Unavailable","code":0}"""));
        await harness.Host.StartAsync();

        await harness.ConnectAsync();
        await harness.Time.AdvanceWhenArmedAsync(CommandRegistrar.FirstRetryDelay);
        await harness.Time.AdvanceWhenArmedAsync(CommandRegistrar.FirstRetryDelay * 2);
        var accepted = await harness.Server.WaitForRequestAsync(r => r.Is("PUT", "applications/") && r.Status == 200);

        Assert.Equal([502, 503, 200], harness.Server.Requests.Where(r => r.Is("PUT", "applications/")).Select(r => r.Status));
        Assert.Equal(3, accepted.Json.GetArrayLength());
    }

    [Fact]
    public async Task Registration_RefusedWith400_IsNotTriedAgain()
    {
        await using var harness = await DiscordHarness.StartAsync(start: false);
        harness.Server.Fail(new ScriptedFailure("PUT", "applications/", 400, """{"message":"Invalid Form Body","code":50035}"""));
        await harness.Host.StartAsync();

        await harness.ConnectAsync();
        await harness.Logs.WaitForAsync("Discord refused the slash command list");
        harness.Time.Advance(CommandRegistrar.MaxRetryDelay * 3);
        // Stopping waits for the registration to end, so any retry would have been logged and sent by now.
        await harness.Host.StopAsync();

        Assert.Equal([400], harness.Server.Requests.Where(r => r.Is("PUT", "applications/")).Select(r => r.Status));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("slash commands again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUp_RegistersInTheGuild_WhenGuildIdIsSet()
    {
        await using var harness = await DiscordHarness.StartAsync((s, _) => s["Discord:GuildId"] = "700000000000000005");

        var put = await harness.Server.WaitForRequestAsync("PUT", "applications/");

        Assert.Equal($"applications/{DiscordHarness.ApplicationId}/guilds/700000000000000005/commands", put.Path);
    }

    [Fact]
    public async Task StartUp_SkipsNamesDiscordWouldRefuse_AndShortensLongDescriptions()
    {
        var router = new ScriptedRouter(
            new ScriptedRouter.Command("Bad Name", "Spaces and capitals are not allowed", CommandArgument.None),
            new ScriptedRouter.Command("concept", new string('d', 150), new CommandArgument("TERM", false, EntityKind.Concept)));
        await using var harness = await DiscordHarness.StartAsync(router: router);

        var put = await harness.Server.WaitForRequestAsync("PUT", "applications/");

        var command = Assert.Single(put.Json.EnumerateArray());
        Assert.Equal("concept", command.GetProperty("name").GetString());
        Assert.Equal(100, command.GetProperty("description").GetString()!.Length);
        Assert.False(command.GetProperty("options")[0].GetProperty("required").GetBoolean());
    }
}
