using System.Diagnostics;
using BriefBot.Core.Operations;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Commands;

/// <summary>Parses a line, checks it, and hands it to the command's handler. Knows no platform.</summary>
public sealed partial class CommandRouter : ICommandRouter
{
    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly ILogger<CommandRouter> _logger;
    private readonly BotActivity? _activity;
    private readonly CommandMetrics? _metrics;

    public CommandRouter(IEnumerable<ICommandHandler> handlers, ILogger<CommandRouter> logger, BotActivity? activity = null, CommandMetrics? metrics = null)
    {
        _activity = activity;
        _metrics = metrics;
        ArgumentNullException.ThrowIfNull(handlers);
        Commands = handlers.GroupBy(h => h.Name, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        _handlers = Commands.ToDictionary(h => h.Name, StringComparer.Ordinal);
        _logger = logger;
    }

    public IReadOnlyList<ICommandHandler> Commands { get; }

    public async Task<Reply> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var (reply, command) = await AnswerAsync(text, context, cancellationToken).ConfigureAwait(false);
        _metrics?.Answered(command, reply.Status, Stopwatch.GetElapsedTime(started));
        return reply;
    }

    /// <returns>The reply, and the command it counts under (never the user's own text: "invalid" or "unknown" for those).</returns>
    private async Task<(Reply Reply, string Command)> AnswerAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        if (CommandLine.Parse(text) is not var (name, argument))
        {
            return (Reply.Text(ReplyStatus.BadInput, "Commands start with a slash, for example /actor Russia or /search sanctions. Type /help to see them all."), "invalid");
        }

        if (!_handlers.TryGetValue(name, out var handler))
        {
            return (UnknownCommand(name), "unknown");
        }

        if (argument.Length > handler.MaxArgumentLength)
        {
            return (Reply.Text(ReplyStatus.BadInput, $"That is too long for me: please keep it under {handler.MaxArgumentLength} characters."), name);
        }

        if (handler.AdminOnly && !context.IsBotAdmin)
        {
            LogRefused(_logger, context.Platform, context.UserId, name);
            return (Reply.Text(ReplyStatus.Refused, "Sorry, only the bot's admins can do that."), name);
        }

        _activity?.CountCommand();
        var started = Stopwatch.GetTimestamp();
        try
        {
            return (await handler.HandleAsync(new CommandRequest(name, argument, context), cancellationToken).ConfigureAwait(false), name);
        }
        catch (Subscriptions.StorageUnavailableException)
        {
            return (Reply.Text(
                ReplyStatus.Failed,
                "My database cannot be opened right now, so subscriptions and digests are on hold (I keep trying). Everything else works: try /help."), name);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(_logger, ex, context.Platform, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (Reply.Text(ReplyStatus.Failed, "Sorry, something went wrong on my side. Please try again in a moment."), name);
        }
    }

    private Reply UnknownCommand(string name)
    {
        var nearest = Commands
            .Select(c => (c.Name, Distance: EditDistance.Bounded(name, c.Name, 2)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        var hint = nearest is null ? string.Empty : $" Did you mean /{nearest}?";
        return Reply.Text(ReplyStatus.BadInput, $"I don't know the command /{TypedText.Quote(name)}.{hint} Type /help to see what I can do.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused admin command {Command} from {Platform} user {UserId}")]
    private static partial void LogRefused(ILogger logger, string platform, string userId, string command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} on {Platform} failed after {ElapsedMs:F1} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string platform, string command, double elapsedMs);
}
