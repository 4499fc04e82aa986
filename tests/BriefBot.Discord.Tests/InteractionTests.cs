using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Support;

namespace BriefBot.Discord.Tests;

public sealed class InteractionTests
{
    [Fact]
    public async Task SlashCommand_AnsweredAtOnceWithEmbed_WhenTheReplyIsReady()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("actor", Replies.Briefing("France", "A state in Europe.", Replies.Section("Related", "Germany", "Spain")));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000010", "actor", "France", permissions: "16"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000010/");

        Assert.Equal($"interactions/300000000000000010/{InteractionPayloads.TokenOf("300000000000000010")}/callback", callback.Path);
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var embed = body.GetProperty("data").GetProperty("embeds")[0];
        Assert.Equal("France", embed.GetProperty("title").GetString());
        Assert.Equal("A state in Europe.", embed.GetProperty("description").GetString());
        Assert.Equal("Related", embed.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Equal("• Germany\n• Spain", embed.GetProperty("fields")[0].GetProperty("value").GetString());
        Assert.Equal("Sources: Article one; Article two", embed.GetProperty("footer").GetProperty("text").GetString());
        Assert.Equal(["title", "description", "fields", "footer", "color"], embed.EnumerateObject().Select(p => p.Name));
        Assert.Empty(body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());

        var (text, context) = Assert.Single(router.Asked);
        Assert.Equal("/actor France", text);
        Assert.Equal(new CommandContext("discord", InteractionPayloads.ChannelId, InteractionPayloads.UserId, ChatKind.Group, true, false, "A Reader"), context);
        // The line every platform writes for a command, with the same fields.
        var logged = await harness.Logs.WaitForAsync($"Command handled: platform=discord chat={InteractionPayloads.ChannelId} user={InteractionPayloads.UserId} command=actor");
        Assert.Contains("outcome=Ok latencyMs=", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains(DiscordHarness.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains(InteractionPayloads.TokenOf("300000000000000010"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("2147483648", false)]
    public async Task SlashCommand_ChatAdmin_FollowsManageChannelsOrAdministrator(string permissions, bool admin)
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "Help."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000011", "help", permissions: permissions));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000011/");

        Assert.Equal(admin, Assert.Single(router.Asked).Context.IsChatAdmin);
    }

    [Fact]
    public async Task SlashCommand_InDirectMessage_IsPrivate_AndBotAdminFromConfig()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "Help."));
        await using var harness = await DiscordHarness.StartAsync(
            (s, _) => s["Discord:AdminUserIds"] = "100000000000000009, " + InteractionPayloads.UserId,
            router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000012", "help", permissions: null));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000012/");

        var context = Assert.Single(router.Asked).Context;
        Assert.Equal(ChatKind.Private, context.ChatKind);
        Assert.True(context.IsBotAdmin);
        Assert.Equal("Help.", callback.Json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task SlowCommand_IsDeferredWithinBudget_ThenTheOriginalIsEdited()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("search", (_, _) => release.Task);
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000013", "search", "trade policy", optionName: "query"));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(2));
        var deferred = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000013/");
        Assert.DoesNotContain(harness.Server.Requests, r => r.Is("PATCH", "webhooks/"));
        release.SetResult(Replies.Briefing("Search: trade policy", "Three articles match."));
        var edit = await harness.Server.WaitForRequestAsync("PATCH", "webhooks/");

        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.Equal($"webhooks/{DiscordHarness.ApplicationId}/{InteractionPayloads.TokenOf("300000000000000013")}/messages/@original", edit.Path);
        Assert.Equal(200, edit.Status);
        Assert.Equal("Search: trade policy", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal("/search trade policy", Assert.Single(router.Asked).Text);
        Assert.Contains("outcome=Ok, deferred", await harness.Logs.WaitForAsync("Command handled: platform=discord"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredInteractionToken_401OnTheEdit_DoesNotStopTheTransport()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("search", (_, _) => release.Task);
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "Help."));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        harness.Server.Fail(new BriefBot.Testing.Discord.ScriptedFailure("PATCH", "webhooks/", 401, """{"message":"Invalid Webhook Token","code":50027}"""));

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000040", "search", "slow", optionName: "query"));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(2));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000040/");
        release.SetResult(Reply.Text(ReplyStatus.Ok, "Late."));
        var edit = await harness.Server.WaitForRequestAsync("PATCH", "webhooks/");
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000041", "help"));
        var next = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000041/");

        Assert.Equal(401, edit.Status);
        Assert.Equal(204, next.Status);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("transport stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailureOfAnyKind_IsLoggedWithTheInteractionId_AnsweredWithNoChoices_AndTheNextCommandIsAnswered()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "Help."));
        await using var harness = await DiscordHarness.StartAsync(router: router, snapshot: new VanishedSnapshot());
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Autocomplete("300000000000000031", "actor", "tur"));
        var apology = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000031/");
        await harness.Logs.WaitForAsync("Could not answer Discord interaction 300000000000000031");
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000032", "help"));
        var next = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000032/");

        Assert.Equal(8, apology.Json.GetProperty("type").GetInt32());
        Assert.Empty(Choices(apology.Json));
        Assert.Equal("Help.", next.Json.GetProperty("data").GetProperty("content").GetString());
    }

    /// <summary>A snapshot source failing in a way no handler expects.</summary>
    private sealed class VanishedSnapshot : BriefBot.Core.Knowledge.ISnapshotSource
    {
        public BriefBot.Core.Knowledge.KnowledgeSnapshot Current => throw new KeyNotFoundException("the snapshot went away");

        public BriefBot.Core.Briefings.ComposedReplies Replies => throw new KeyNotFoundException("the snapshot went away");
    }

    [Fact]
    public async Task Autocomplete_OffersMatchingEntitiesOfTheArgumentsKind_PrefixFirst_AccentInsensitive()
    {
        var snapshot = new FixedSnapshot(
            FixedSnapshot.Actor("Türkiye", "Turkey"),
            FixedSnapshot.Actor("Turkmenistan"),
            FixedSnapshot.Actor("South Africa"),
            FixedSnapshot.Actor("Saudi Arabia", "KSA"),
            FixedSnapshot.Concept("Turning point"));
        await using var harness = await DiscordHarness.StartAsync(snapshot: snapshot);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Autocomplete("300000000000000014", "actor", "tur"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000014/");
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Autocomplete("300000000000000015", "actor", "afr"));
        var second = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000015/");

        Assert.Equal(8, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(["Turkmenistan", "Türkiye"], Choices(callback.Json).Order(StringComparer.Ordinal));
        Assert.Equal(["South Africa"], Choices(second.Json));
        Assert.Empty(harness.Router.Asked);
    }

    [Fact]
    public async Task Autocomplete_OffersAtMost25Choices()
    {
        var snapshot = new FixedSnapshot(Enumerable.Range(1, 40).Select(i => FixedSnapshot.Actor($"State {i:00}")).ToArray());
        await using var harness = await DiscordHarness.StartAsync(snapshot: snapshot);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Autocomplete("300000000000000016", "actor", "state"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000016/");

        Assert.Equal(25, Choices(callback.Json).Count);
        Assert.Equal("State 01", Choices(callback.Json)[0]);
    }

    [Fact]
    public async Task Buttons_RunTheirCommand_AndUpdateTheMessage()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        var longName = new string('x', 120);
        router.Answer("search", Replies.Choices("Which one?", ("Georgia (state)", "/actor Georgia"), ("Long", "/actor " + longName)));
        router.Answer("actor", (text, _) => Task.FromResult(Replies.Briefing(text[7..], "Briefing.")));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000017", "search", "georgia", optionName: "query"));
        var question = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000017/");
        var buttons = question.Json.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray().ToList();
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.ButtonPress("300000000000000018", buttons[0].GetProperty("custom_id").GetString()!));
        var pressed = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000018/");
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.ButtonPress("300000000000000019", buttons[1].GetProperty("custom_id").GetString()!));
        var pressedLong = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000019/");

        Assert.Equal(204, question.Status);
        Assert.Equal(["Georgia (state)", "Long"], buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.All(buttons, b => Assert.InRange(b.GetProperty("custom_id").GetString()!.Length, 1, 100));
        Assert.Equal(7, pressed.Json.GetProperty("type").GetInt32());
        Assert.Equal("Georgia", pressed.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(string.Empty, pressed.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(pressed.Json.GetProperty("data").GetProperty("components").EnumerateArray());
        Assert.Equal(7, pressedLong.Json.GetProperty("type").GetInt32());
        Assert.Equal(["/search georgia", "/actor Georgia", "/actor " + longName], harness.Router.Asked.Select(a => a.Text));
    }

    [Fact]
    public async Task SlowButton_IsDeferredAsAnUpdate_ThenTheMessageIsReplaced()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("actor", (_, _) => release.Task);
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.ButtonPress("300000000000000025", "c:/actor Chad"));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(2));
        var deferred = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000025/");
        release.SetResult(Replies.Briefing("Chad", "A state in Africa."));
        var edit = await harness.Server.WaitForRequestAsync("PATCH", "webhooks/");

        Assert.Equal(6, deferred.Json.GetProperty("type").GetInt32());
        Assert.Equal("Chad", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(edit.Json.GetProperty("components").EnumerateArray());
        Assert.Equal("/actor Chad", Assert.Single(router.Asked).Text);
    }

    [Fact]
    public async Task TooManyCommands_AreAnsweredWithAnEphemeralSlowDown_WithoutRunning()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "Help."));
        await using var harness = await DiscordHarness.StartAsync((s, _) => s["Commands:PerUserPerMinute"] = "2", router: router);
        var (connection, _) = await harness.ConnectAsync();

        foreach (var id in new[] { "300000000000000031", "300000000000000032", "300000000000000033" })
        {
            await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand(id, "help"));
            await harness.Server.WaitForRequestAsync("POST", $"interactions/{id}/");
        }

        var third = harness.Server.Requests.Single(r => r.Is("POST", "interactions/300000000000000033/")).Json;
        Assert.Equal(2, router.Asked.Count);
        Assert.Equal(64, third.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Slow down", third.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_SaysItExpired_OnlyToThePresser()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.ButtonPress("300000000000000020", "k:0000"));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000020/");

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("expired", callback.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Router.Asked);
    }

    [Fact]
    public async Task LongAnswer_IsSplitIntoFollowUps_EachWithinLimits()
    {
        var router = ScriptedRouter.WithBriefingCommands();
        var paragraphs = Enumerable.Range(1, 12).Select(i => (Block)new Paragraph([new Span($"Paragraph {i}: " + string.Join(' ', Enumerable.Repeat("word", 180)))])).ToList();
        router.Answer("actor", new Reply(ReplyStatus.Ok, "Long", paragraphs, [], ["One"], []));
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000021", "actor", "long"));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000021/");
        var followUp = await harness.Server.WaitForRequestAsync("POST", "webhooks/");

        Assert.Equal(200, followUp.Status);
        Assert.All(harness.Server.Requests.Where(r => r.Body.Length > 0 && r.Method != "PUT"), r => Assert.True(r.Status is 200 or 204, r.ToString()));
    }

    [Fact]
    public async Task EveryMessagePayload_SuppressesMentions()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = ScriptedRouter.WithBriefingCommands();
        router.Answer("help", Reply.Text(ReplyStatus.Ok, "@everyone <@500000000000000001> hello"));
        router.Answer("actor", Replies.Choices("@here which?", ("A", "/actor A")));
        router.Answer("search", (_, _) => release.Task);
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000022", "help"));
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000023", "actor", "x"));
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommand("300000000000000024", "search", "x", optionName: "query"));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000022/");
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000023/");
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        await harness.Time.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(2)); // the third reply budget is the slow /search's
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000024/");
        release.SetResult(Replies.Briefing("@everyone", "<@&123> ping"));
        await harness.Server.WaitForRequestAsync("PATCH", "webhooks/");
        var sent = await harness.Get<BriefBot.Core.Delivery.IChatSender>()
            .SendAsync(InteractionPayloads.ChannelId, Reply.Text(ReplyStatus.Ok, "@everyone digest"), "digest-1", CancellationToken.None);

        Assert.Equal(BriefBot.Core.Delivery.DeliveryOutcome.Sent, sent.Outcome);
        var messages = harness.Server.Requests
            .Select(r => (Request: r, Message: MessageOf(r)))
            .Where(x => x.Message is not null)
            .ToList();
        Assert.Equal(4, messages.Count);
        Assert.All(messages, x => Assert.Empty(x.Message!.Value.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray()));
    }

    private static JsonElement? MessageOf(BriefBot.Testing.Discord.RecordedRequest request)
    {
        if (request.Body.Length == 0 || request.Method == "PUT")
        {
            return null;
        }

        var json = request.Json;
        if (request.Path.StartsWith("interactions/", StringComparison.Ordinal))
        {
            return json.TryGetProperty("data", out var data) && !data.TryGetProperty("choices", out _) ? data : null;
        }

        return json;
    }

    private static List<string> Choices(JsonElement callback) =>
        callback.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
}
