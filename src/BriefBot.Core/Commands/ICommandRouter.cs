using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands;

/// <summary>
/// Turns a line of user text ("/actor Russia") into a reply. Every transport sends its commands here.
/// </summary>
public interface ICommandRouter
{
    /// <summary>The registered commands, for /help and platform command lists.</summary>
    IReadOnlyList<ICommandHandler> Commands { get; }

    /// <summary>
    /// Runs one command. <paramref name="text"/> starts with "/" and has any "@BotName" suffix already removed by the adapter.
    /// Never throws for bad input: the reply says what is wrong.
    /// </summary>
    Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken);
}
