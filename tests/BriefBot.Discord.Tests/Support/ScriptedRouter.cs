using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Tests.Support;

/// <summary>
/// A small command router for transport tests: answers each command with the reply its test gives, records what it
/// was asked, and can hold an answer back until the test releases it (a slow command).
/// </summary>
public sealed class ScriptedRouter : ICommandRouter
{
    private readonly Dictionary<string, Func<string, CommandContext, Task<Reply>>> _answers = new(StringComparer.Ordinal);
    private readonly List<(string Text, CommandContext Context)> _asked = [];
    private readonly Lock _lock = new();

    public ScriptedRouter(params ICommandHandler[] commands) => Commands = commands;

    public IReadOnlyList<ICommandHandler> Commands { get; }

    public IReadOnlyList<(string Text, CommandContext Context)> Asked
    {
        get
        {
            lock (_lock)
            {
                return _asked.ToList();
            }
        }
    }

    public static ScriptedRouter WithBriefingCommands() => new(
        new Command("actor", "Briefing on a state, organisation or leader", new CommandArgument("NAME", true, EntityKind.Actor)),
        new Command("search", "Search the articles", new CommandArgument("QUERY", true)),
        new Command("help", "What I can do", CommandArgument.None));

    public void Answer(string command, Reply reply) => _answers[command] = (_, _) => Task.FromResult(reply);

    public void Answer(string command, Func<string, CommandContext, Task<Reply>> answer) => _answers[command] = answer;

    public Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _asked.Add((text, context));
        }

        var name = text.TrimStart('/').Split(' ', 2)[0];
        return _answers.TryGetValue(name, out var answer)
            ? answer(text, context)
            : Task.FromResult(Reply.Text(ReplyStatus.BadInput, "Unknown command /" + name));
    }

    public sealed class Command(string name, string description, CommandArgument argument) : ICommandHandler
    {
        public string Name => name;

        public string Description => description;

        public CommandArgument Argument => argument;

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The scripted router answers directly.");
    }
}
