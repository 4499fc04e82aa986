using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Throttling;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Commands;

public sealed class CommandGateTests
{
    private static CommandContext On(string platform, string userId = "7") =>
        new(platform, "chat-" + platform, userId, ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);

    [Fact]
    public void Throttle_AllowsTheLimit_SaysSlowDownOnce_ThenStaysSilent_UntilTheWindowPasses()
    {
        var clock = new FakeTimeProvider();
        var throttle = new CommandThrottle(clock, limit: 3);

        var decisions = Enumerable.Range(0, 6).Select(_ => throttle.Check("telegram", "7")).ToList();
        var otherUser = throttle.Check("telegram", "8");
        var otherPlatform = throttle.Check("discord", "7");
        clock.Advance(TimeSpan.FromSeconds(61));
        var afterWindow = throttle.Check("telegram", "7");

        Assert.Equal(
            [ThrottleDecision.Allow, ThrottleDecision.Allow, ThrottleDecision.Allow, ThrottleDecision.SlowDown, ThrottleDecision.StaySilent, ThrottleDecision.StaySilent],
            decisions);
        Assert.Equal(ThrottleDecision.Allow, otherUser);
        Assert.Equal(ThrottleDecision.Allow, otherPlatform);
        Assert.Equal(ThrottleDecision.Allow, afterWindow);
    }

    [Fact]
    public async Task OverTheLimit_TheGateSaysSlowDownOnce_ThenSilenced_WithoutAskingTheRouter()
    {
        var clock = new FakeTimeProvider();
        var router = new PingRouter();
        var gate = new CommandGate(router, new CommandThrottle(clock, limit: 2), clock, NullLogger<CommandGate>.Instance);

        var replies = new List<Reply>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await gate.HandleAsync("/ping", On("telegram"), CancellationToken.None));
        }

        var otherUser = await gate.HandleAsync("/ping", On("telegram", userId: "8"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = await gate.HandleAsync("/ping", On("telegram"), CancellationToken.None);

        Assert.Equal([ReplyStatus.Ok, ReplyStatus.Ok, ReplyStatus.RateLimited, ReplyStatus.Silenced], replies.Select(r => r.Status));
        Assert.StartsWith("Slow down", PlainTextRenderer.Render(replies[2]), StringComparison.Ordinal);
        Assert.Equal(ReplyStatus.Ok, otherUser.Status);
        Assert.Equal(ReplyStatus.Ok, later.Status);
        Assert.Equal(4, router.Asked);
    }

    [Fact]
    public async Task EveryCommand_LogsOneLine_WithTheSameFields_OnEveryPlatform()
    {
        var logger = new FakeLogger<CommandGate>();
        var gate = new CommandGate(new PingRouter(), throttle: null, new FakeTimeProvider(), logger);

        foreach (var platform in new[] { "console", "telegram", "discord" })
        {
            await gate.HandleAsync("/ping", On(platform), CancellationToken.None);
        }

        await gate.HandleAsync("/nosuchcommand", On("console"), CancellationToken.None);
        await gate.HandleAsync("plain words", On("console"), CancellationToken.None);

        var lines = logger.Collector.GetSnapshot().Select(r => r.StructuredState!.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.Equal(
            ["ChatId", "Command", "LatencyMs", "Outcome", "Platform", "UserId"],
            l.Keys.Where(k => k != "{OriginalFormat}").Order(StringComparer.Ordinal)));
        Assert.Equal(["console", "telegram", "discord", "console", "console"], lines.Select(l => l["Platform"]));
        Assert.Equal(["ping", "ping", "ping", "unknown", "invalid"], lines.Select(l => l["Command"]));
        Assert.Equal("chat-discord", lines[2]["ChatId"]);
        Assert.Equal("Ok", lines[0]["Outcome"]);
        Assert.Equal("0", lines[0]["LatencyMs"]);
    }

    [Fact]
    public async Task ThePlatformsDeliveryNote_JoinsTheLoggedOutcome()
    {
        var logger = new FakeLogger<CommandGate>();
        var gate = new CommandGate(new PingRouter(), throttle: null, new FakeTimeProvider(), logger);

        await gate.RunAsync("/ping", On("telegram"), async replying =>
        {
            await replying;
            return "NotSent";
        }, CancellationToken.None);

        Assert.Equal("Ok, NotSent", logger.LatestRecord.StructuredState!.Single(kv => kv.Key == "Outcome").Value);
    }

    private sealed class PingRouter : ICommandRouter
    {
        private int _asked;

        public int Asked => _asked;

        public IReadOnlyList<ICommandHandler> Commands { get; } = [new PingHandler()];

        public Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            return Task.FromResult(Reply.Text(ReplyStatus.Ok, "pong"));
        }
    }

    private sealed class PingHandler : ICommandHandler
    {
        public string Name => "ping";

        public string Description => "Answers pong";

        public CommandArgument Argument => CommandArgument.None;

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.FromResult(Reply.Text(ReplyStatus.Ok, "pong"));
    }
}
