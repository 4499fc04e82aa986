using BriefBot.Core.Replies;
using BriefBot.Digests.Tests.Fakes;


namespace BriefBot.Digests.Tests;

public sealed class SubscribeCommandTests : IAsyncLifetime
{
    private readonly DigestTestHost _host = new(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscribe_SavesTopicsTimeAndZone_AndShowsTheNextDeliveryInLocalTime()
    {
        var reply = await _host.RunAsync("subscribe", "Atlantis deterrence at 07:30 in Asia/Karachi", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        var saved = await _host.SubscriptionAsync("chat-1");
        Assert.NotNull(saved);
        Assert.Equal(["actor:atlantis", "concept:deterrence"], saved.TopicIds);
        Assert.Equal(new TimeOnly(7, 30), saved.TimeOfDay);
        Assert.Equal("Asia/Karachi", saved.TimeZoneId);
        Assert.Equal("user-chat-1", saved.CreatedBy);
        // 06:00 UTC is 11:00 in Karachi: today's 07:30 has passed, so the next is tomorrow's.
        Assert.Contains("Tue 2 Jun 2026 07:30 Asia/Karachi", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_UsesConfiguredDefaults_AndTheWholeCollection_WhenNothingIsGiven()
    {
        var reply = await _host.RunAsync("subscribe", "", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        var saved = await _host.SubscriptionAsync("chat-1");
        Assert.Empty(saved!.TopicIds);
        Assert.Equal(new TimeOnly(8, 0), saved.TimeOfDay);
        Assert.Equal("UTC", saved.TimeZoneId);
        Assert.Contains("whole collection", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_MatchesTopicsIgnoringCaseAndAccents_AndMultiWordNames()
    {
        var reply = await _host.RunAsync("subscribe", "süd marsch, HEDGING and south marsh", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Equal(["actor:south-marsh", "concept:hedging"], (await _host.SubscriptionAsync("chat-1"))!.TopicIds);
    }

    [Fact]
    public async Task Subscribe_ForgivesATypo_LikeTheEntityCommands()
    {
        var reply = await _host.RunAsync("subscribe", "Atlantsi at 07:30", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Equal(["actor:atlantis"], (await _host.SubscriptionAsync("chat-1"))!.TopicIds);
    }

    [Fact]
    public async Task Subscribe_AsksWhichOne_WhenAWordNamesSeveralEntities()
    {
        var reply = await _host.RunAsync("subscribe", "Lee at 07:30", Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("\"Lee\" could mean", Text(reply), StringComparison.Ordinal);
        Assert.Contains("Ann Lee", Text(reply), StringComparison.Ordinal);
        Assert.Contains("Bo Lee", Text(reply), StringComparison.Ordinal);
        Assert.Null(await _host.SubscriptionAsync("chat-1"));
    }

    [Fact]
    public async Task Subscribe_UpdatesTheChatsSubscription_KeepingWhatIsNotGiven()
    {
        await _host.RunAsync("subscribe", "Atlantis at 07:30 in Asia/Karachi", Contexts.Private());
        var first = await _host.SubscriptionAsync("chat-1");

        var reply = await _host.RunAsync("subscribe", "at 09:15", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Equal("Digest subscription updated", reply.Title);
        var second = await _host.SubscriptionAsync("chat-1");
        Assert.Equal(first!.Id, second!.Id);
        Assert.Equal(new TimeOnly(9, 15), second.TimeOfDay);
        Assert.Equal("Asia/Karachi", second.TimeZoneId);
        Assert.Equal(["actor:atlantis"], second.TopicIds);
    }

    [Theory]
    [InlineData("Atlantis at 25:99 in Europe/Berlin", "\"25:99\" is not a time of day")]
    [InlineData("Atlantis at 7.30", "\"7.30\" is not a time of day")]
    [InlineData("Atlantis at", "\"at\" needs a time of day")]
    [InlineData("Atlantis at 07:30 in Mars/Olympus", "\"Mars/Olympus\" is not a time zone")]
    [InlineData("Atlantis at 07:30 in UTC+5", "\"UTC+5\" is not a time zone")]
    [InlineData("Atlantis in", "\"in\" needs a time zone")]
    [InlineData("Atlantis Narnia at 07:30", "I do not know the topic \"Narnia\"")]
    public async Task Subscribe_RejectsBadInput_SayingWhatIsWrongWithAnExample_AndSavesNothing(string argument, string problem)
    {
        await _host.RunAsync("subscribe", "Borduria at 06:00 in Europe/Berlin", Contexts.Private());

        var reply = await _host.RunAsync("subscribe", argument, Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains(problem, Text(reply), StringComparison.Ordinal);
        Assert.Contains("For example: /subscribe Atlantis at 07:30 in Asia/Karachi", Text(reply), StringComparison.Ordinal);
        var unchanged = await _host.SubscriptionAsync("chat-1");
        Assert.Equal(["actor:borduria"], unchanged!.TopicIds);
        Assert.Equal(new TimeOnly(6, 0), unchanged.TimeOfDay);
        Assert.Equal("Europe/Berlin", unchanged.TimeZoneId);
    }

    [Fact]
    public async Task Subscribe_InAGroup_IsRefusedForMembers_AndAllowedForAdmins()
    {
        var refused = await _host.RunAsync("subscribe", "Atlantis", Contexts.GroupMember());
        Assert.Equal(ReplyStatus.Refused, refused.Status);
        Assert.Contains("administrators", Text(refused), StringComparison.Ordinal);
        Assert.Null(await _host.SubscriptionAsync("group-1"));

        var allowed = await _host.RunAsync("subscribe", "Atlantis", Contexts.GroupAdmin());
        Assert.Equal(ReplyStatus.Ok, allowed.Status);
        Assert.NotNull(await _host.SubscriptionAsync("group-1"));

        Assert.Equal(ReplyStatus.Refused, (await _host.RunAsync("unsubscribe", "all", Contexts.GroupMember())).Status);
        Assert.NotNull(await _host.SubscriptionAsync("group-1"));
    }

    [Fact]
    public async Task Subscribe_InAChannel_IsAllowedForTheBotsAdmins()
    {
        var reply = await _host.RunAsync("subscribe", "Atlantis", Contexts.ChannelBotAdmin());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.NotNull(await _host.SubscriptionAsync("channel-1"));
    }

    [Fact]
    public async Task Subscriptions_IsOpenToEveryMember_AndShowsTheNextDeliveryInTheChatsZone()
    {
        await _host.RunAsync("subscribe", "Atlantis at 07:30 in America/New_York", Contexts.GroupAdmin());

        var reply = await _host.RunAsync("subscriptions", "", Contexts.GroupMember());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        // 06:00 UTC is 02:00 in New York (EDT): today's 07:30 is still to come.
        Assert.Contains("Mon 1 Jun 2026 07:30 America/New_York (UTC-04:00)", Text(reply), StringComparison.Ordinal);
        Assert.Contains("Atlantis", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_SaysHowToSubscribe_WhenTheChatHasNone()
    {
        var reply = await _host.RunAsync("subscriptions", "", Contexts.Private());

        Assert.Contains("/subscribe", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_DropsOneTopic_ThenTheLastTopicEndsTheSubscription()
    {
        await _host.RunAsync("subscribe", "Atlantis Borduria", Contexts.Private());

        var first = await _host.RunAsync("unsubscribe", "borduria", Contexts.Private());
        Assert.Equal(ReplyStatus.Ok, first.Status);
        Assert.Equal(["actor:atlantis"], (await _host.SubscriptionAsync("chat-1"))!.TopicIds);

        var last = await _host.RunAsync("unsubscribe", "Atlantis", Contexts.Private());
        Assert.Contains("last topic", Text(last), StringComparison.Ordinal);
        Assert.Null(await _host.SubscriptionAsync("chat-1"));
    }

    [Fact]
    public async Task Unsubscribe_RejectsATopicTheDigestDoesNotCover_AndChangesNothing()
    {
        await _host.RunAsync("subscribe", "Atlantis", Contexts.Private());

        var reply = await _host.RunAsync("unsubscribe", "Hedging", Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("covers Atlantis", Text(reply), StringComparison.Ordinal);
        Assert.Contains("/unsubscribe Atlantis", Text(reply), StringComparison.Ordinal);
        Assert.Equal(["actor:atlantis"], (await _host.SubscriptionAsync("chat-1"))!.TopicIds);
    }

    [Fact]
    public async Task Unsubscribe_All_RemovesTheSubscriptionAndItsTrigger()
    {
        await _host.RunAsync("subscribe", "Atlantis", Contexts.Private());
        Assert.NotNull(await _host.Get<DigestTriggers>().NextFireAsync("telegram", "chat-1", CancellationToken.None));

        var reply = await _host.RunAsync("unsubscribe", "all", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Null(await _host.SubscriptionAsync("chat-1"));
        Assert.Null(await _host.Get<DigestTriggers>().NextFireAsync("telegram", "chat-1", CancellationToken.None));
    }

    [Fact]
    public async Task Digest_PreviewsReadingsOnTheChatsTopics_WithoutCountingThem()
    {
        await _host.RunAsync("subscribe", "Hedging", Contexts.Private());

        var first = await _host.RunAsync("digest", "", Contexts.Private());
        var second = await _host.RunAsync("digest", "", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, first.Status);
        Assert.Equal("Digest preview", first.Title);
        Assert.Contains("Small States Hedge", Text(first), StringComparison.Ordinal);
        Assert.DoesNotContain("Marsh Diplomacy", Text(first), StringComparison.Ordinal);
        Assert.Equal(Text(first), Text(second));
        Assert.Empty(await _host.Get<BriefBot.Core.Subscriptions.IReadingHistory>().ReceivedAsync("telegram", "chat-1", CancellationToken.None));
        Assert.Empty(_host.Sender.Sent);
    }

    [Fact]
    public async Task Digest_RejectsAnUnknownTopic()
    {
        var reply = await _host.RunAsync("digest", "Narnia", Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("Narnia", Text(reply), StringComparison.Ordinal);
    }

    internal static string Text(Reply reply) => FlatText.Of(reply);
}
