using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands;

/// <summary>One slash command. Handlers are registered in DI; the router finds them by <see cref="Name"/>.</summary>
public interface ICommandHandler
{
    /// <summary>Lower-case name without the slash: "actor".</summary>
    string Name { get; }

    /// <summary>One line for /help, Telegram's setMyCommands and Discord's command list.</summary>
    string Description { get; }

    /// <summary>How the argument is used, for /help and platform command registration.</summary>
    CommandArgument Argument { get; }

    /// <summary>Only bot admins may run it; others get a polite refusal from the router.</summary>
    bool AdminOnly => false;

    /// <summary>The longest argument the router lets through; a link may need more than a name.</summary>
    int MaxArgumentLength => CommandLine.MaxArgumentLength;

    Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken);
}

/// <param name="Name">Shown in help: "NAME".</param>
/// <param name="Completes">Which entities complete it (for Discord autocomplete); null for free text.</param>
/// <param name="TakesDocument">The command also takes a file (Discord shows an attachment option).</param>
public sealed record CommandArgument(string? Name, bool Required, Knowledge.EntityKind? Completes = null, bool TakesDocument = false)
{
    public static readonly CommandArgument None = new(null, false);
}

/// <summary>A parsed command: its name, the raw argument text (trimmed) and who asked.</summary>
public sealed record CommandRequest(string Name, string Argument, CommandContext Context);
