using BriefBot.Testing;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBot.Core.Subscriptions;
using BriefBot.Digests;
using BriefBot.Discord.Tests.Support;
using BriefBot.Hosting;
using BriefBot.Testing.Discord;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Discord.Tests;

/// <summary>The whole bot (real router, handlers, storage, digests) built by the host, talking to the fake Discord.</summary>
public sealed partial class EndToEndTests : IAsyncLifetime
{
    private const string Channel = InteractionPayloads.ChannelId;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "briefbot-discord-e2e-" + Guid.NewGuid().ToString("N"));
    private FakeDiscordServer _server = null!;
    private IHost _host = null!;
    private FakeGatewayConnection _gateway = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        _server = await FakeDiscordServer.StartAsync(DiscordHarness.Token, DiscordHarness.ApplicationId, TimeProvider.System);
        _host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordHarness.Token,
            ["Discord:ApplicationId"] = DiscordHarness.ApplicationId,
            ["Discord:ApiBaseUrl"] = _server.ApiBaseUrl,
            ["Discord:GatewayUrl"] = _server.GatewayUrl,
            ["Content:Path"] = RepoPaths.Content,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_data, "bot.db")};Pooling=False",
            ["Digest:Scheduling"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        await _host.StartAsync();
        _gateway = await _server.NextConnectionAsync();
        await _gateway.HelloAsync(DiscordHarness.HeartbeatMs);
        await _gateway.ExpectAsync(2);
        await _gateway.ReadyAsync();
    }

    public async Task DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await _host.StopAsync(timeout.Token);
        }

        _host.Dispose();
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task StartUp_RegistersEveryCommandOfTheRouter_InAShapeDiscordAccepts()
    {
        var put = await _server.WaitForRequestAsync("PUT", "applications/");

        var commands = put.Json.EnumerateArray().ToList();
        var names = commands.Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Superset(
            new HashSet<string?> { "actor", "expert", "concept", "search", "reading", "sources", "subscribe", "unsubscribe", "subscriptions", "digest", "reload", "stats", "help" },
            names.ToHashSet());
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 100));
        var options = commands.Where(c => c.TryGetProperty("options", out _)).SelectMany(c => c.GetProperty("options").EnumerateArray()).ToList();
        Assert.All(options, o => Assert.Matches(OptionName(), o.GetProperty("name").GetString()!));
        Assert.All(options, o => Assert.InRange(o.GetProperty("description").GetString()!.Length, 1, 100));
        Assert.Contains(options, o => o.TryGetProperty("autocomplete", out var a) && a.GetBoolean());
    }

    [Fact]
    public async Task Autocomplete_ThenTheChosenActor_AnswersWithABriefingEmbed()
    {
        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Autocomplete("300000000000000101", "actor", ""));
        var choices = (await _server.WaitForRequestAsync("POST", "interactions/300000000000000101/")).Json
            .GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToList();
        Assert.InRange(choices.Count, 1, 25);

        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000102", "actor", choices[0]));
        var message = await AnswerAsync("300000000000000102");

        var embed = message.GetProperty("embeds")[0];
        Assert.False(string.IsNullOrWhiteSpace(embed.GetProperty("title").GetString()));
        Assert.StartsWith("Sources:", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(message.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task Subscribe_ByChannelManager_ThenTheDigestIsPostedOnce_WithANonce()
    {
        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000103", "subscribe", permissions: "16"));
        await AnswerAsync("300000000000000103");
        var subscription = await _host.Services.GetRequiredService<ISubscriptionStore>().FindAsync("discord", Channel, CancellationToken.None);
        Assert.NotNull(subscription);
        var deliverer = _host.Services.GetRequiredService<DigestDeliverer>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await deliverer.DeliverAsync(subscription.Id, today, CancellationToken.None);
        var posted = _server.MessagesIn(Channel).Count;
        await deliverer.DeliverAsync(subscription.Id, today, CancellationToken.None);

        Assert.InRange(posted, 1, 5);
        Assert.Equal(posted, _server.MessagesIn(Channel).Count);
        var posts = _server.Requests.Where(r => r.Is("POST", $"channels/{Channel}/messages")).ToList();
        Assert.All(posts, p => Assert.True(p.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.All(posts, p => Assert.Equal(200, p.Status));
    }

    [Fact]
    public async Task ChannelThatRefusesTheBot_PausesItsSubscription()
    {
        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000105", "subscribe", permissions: "8"));
        await AnswerAsync("300000000000000105");
        var store = _host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = await store.FindAsync("discord", Channel, CancellationToken.None);
        Assert.NotNull(subscription);
        _server.Fail(ScriptedFailure.Forbidden("POST", $"channels/{Channel}/messages"));

        await _host.Services.GetRequiredService<DigestDeliverer>().DeliverAsync(subscription.Id, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);

        Assert.True((await store.GetAsync(subscription.Id, CancellationToken.None))!.IsPaused);
        Assert.Empty(_server.MessagesIn(Channel));
    }

    [Fact]
    public async Task Subscribe_ByMemberWithoutManageChannels_IsRefused()
    {
        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000104", "subscribe", permissions: "0"));
        var message = await AnswerAsync("300000000000000104");

        Assert.Null(await _host.Services.GetRequiredService<ISubscriptionStore>().FindAsync("discord", Channel, CancellationToken.None));
        Assert.False(string.IsNullOrWhiteSpace(message.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task Reload_FromANonAdmin_IsRefusedPolitely_AndChangesNothing()
    {
        var before = _host.Services.GetRequiredService<BriefBot.Core.Knowledge.ISnapshotSource>().Current;

        await _gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000105", "reload", permissions: "0"));
        var message = await AnswerAsync("300000000000000105");

        Assert.Contains("only the bot", message.ToString(), StringComparison.Ordinal);
        Assert.Same(before, _host.Services.GetRequiredService<BriefBot.Core.Knowledge.ISnapshotSource>().Current);
    }

    /// <summary>The first message of an interaction's answer, whether it came at once or deferred and edited.</summary>
    private async Task<JsonElement> AnswerAsync(string interactionId)
    {
        var callback = (await _server.WaitForRequestAsync("POST", $"interactions/{interactionId}/")).Json;
        if (callback.GetProperty("type").GetInt32() == 4)
        {
            return callback.GetProperty("data");
        }

        return (await _server.WaitForRequestAsync("PATCH", $"webhooks/{DiscordHarness.ApplicationId}/{InteractionPayloads.TokenOf(interactionId)}/")).Json;
    }

    [GeneratedRegex("^[-_a-z0-9]{1,32}$")]
    private static partial Regex OptionName();
}
