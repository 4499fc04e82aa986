using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.Cli;

/// <summary>
/// The console front end: a prompt, one command per line, replies as plain text. Typing a button's number
/// runs the button's command. Ends at end of input (Ctrl-D) or /quit.
/// </summary>
public sealed class ConsoleChat(ICommandRouter router, TextReader input, TextWriter output, bool interactive)
{
    public static readonly CommandContext Context = new("console", "console", "console", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: true, "console");

    /// <summary>
    /// The console user's context; for <c>/add PATH</c> it carries that file on this machine (the console user's own),
    /// so /add reads it as it reads a document sent on a chat platform.
    /// </summary>
    public static CommandContext ContextFor(string text)
    {
        if (CommandLine.Parse(text) is ("add", { Length: > 0 } argument) && !Intake.AddCommandHandler.IsLink(argument))
        {
            return Context with { Document = new LocalFileDocument(argument) };
        }

        return Context;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (interactive)
        {
            await output.WriteLineAsync("BriefBot console. Type /help for commands, Ctrl-D to quit.").ConfigureAwait(false);
        }

        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (int.TryParse(text, out var choice))
            {
                if (choice < 1 || choice > buttons.Count)
                {
                    await output.WriteLineAsync(NotAChoice(buttons.Count)).ConfigureAwait(false);
                    await output.WriteLineAsync().ConfigureAwait(false);
                    continue;
                }

                text = buttons[choice - 1].Command;
            }

            var reply = await router.HandleAsync(text, ContextFor(text), cancellationToken).ConfigureAwait(false);
            buttons = reply.Buttons;
            await output.WriteLineAsync(PlainTextRenderer.Render(reply)).ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What a number that is no button of the last reply gets: which numbers are, or that there is no list.</summary>
    private static string NotAChoice(int count) => count switch
    {
        0 => "There is no list to choose from. Commands start with a slash: type /help to see them all.",
        1 => "Type 1 to choose from the last list, or a command starting with a slash.",
        _ => $"Type a number from 1 to {count} to choose from the last list, or a command starting with a slash.",
    };
}
