using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Discord.Tests.Support;

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
