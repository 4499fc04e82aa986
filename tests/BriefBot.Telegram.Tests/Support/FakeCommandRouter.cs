using System.Collections.Concurrent;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.Telegram.Tests.Support;

/// <summary>A stand-in router: records what the adapter passed and answers with whatever the test says.</summary>
public sealed class FakeCommandRouter : ICommandRouter
{
    private readonly ConcurrentQueue<(string Text, CommandContext Context)> _calls = new();

    public IReadOnlyList<ICommandHandler> Commands { get; } =
    [
        new FakeHandler("start", "Start here: what this bot knows"),
        new FakeHandler("actor", "Briefing on a state, group or organisation"),
        new FakeHandler("search", "Full-text search over the articles"),
    ];

    /// <summary>How to answer; by default echoes the command as a small reply.</summary>
    public Func<string, CommandContext, Reply> Respond { get; set; } =
        (text, _) => new Reply(ReplyStatus.Ok, "Answer", [new Paragraph([new Span("You asked: " + text)])], [], [], []);

    /// <summary>Awaited before answering: a test makes one chat's command slow (a locked database) with it.</summary>
    public Func<string, CommandContext, CancellationToken, Task>? BeforeAnswer { get; set; }

    public IReadOnlyList<(string Text, CommandContext Context)> Calls => [.. _calls];

    public async Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        _calls.Enqueue((text, context));
        if (BeforeAnswer is { } before)
        {
            await before(text, context, cancellationToken);
        }

        return Respond(text, context);
    }

    private sealed record FakeHandler(string Name, string Description) : ICommandHandler
    {
        public CommandArgument Argument => CommandArgument.None;

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The fake router answers itself.");
    }
}
