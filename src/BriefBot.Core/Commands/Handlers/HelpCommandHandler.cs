using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Commands.Handlers;

/// <summary>/help: every command with its argument and what it does.</summary>
/// <remarks>Resolves the router lazily: the router is built from the handlers, this one among them.</remarks>
public sealed class HelpCommandHandler(IServiceProvider services) : ICommandHandler
{
    public string Name => "help";

    public string Description => "What I can do";

    public CommandArgument Argument => CommandArgument.None;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var router = (ICommandRouter)services.GetService(typeof(ICommandRouter))!;
        var visible = router.Commands.Where(c => !c.AdminOnly || request.Context.IsBotAdmin);
        var items = visible.Select(c => (IReadOnlyList<Span>)[Code(Usage(c)), Plain(" — " + c.Description)]);
        return Task.FromResult(new Reply(
            ReplyStatus.Ok,
            "Commands",
            [Bullets(items), Line(Plain("Names forgive case, accents, hyphens and small typos; a surname alone is enough."))],
            [],
            [],
            []));
    }

    private static string Usage(ICommandHandler command) => command.Argument.Name switch
    {
        null => $"/{command.Name}",
        var name when command.Argument.Required => $"/{command.Name} {name}",
        // An argument that shows its own optional parts ("[TOPIC ...] [at HH:MM]") is not bracketed again.
        var name when name.StartsWith('[') => $"/{command.Name} {name}",
        var name => $"/{command.Name} [{name}]",
    };
}
