using BriefBot.Core.Resilience;
using System.Text.RegularExpressions;
using BriefBot.Core.Commands;
using BriefBot.Discord.Configuration;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Registers the router's commands as Discord slash commands with one bulk overwrite, globally or in the
/// configured development guild. An argument that completes entities gets autocomplete.
/// </summary>
internal sealed partial class CommandRegistrar(
    ICommandRouter router,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    RetryJitter jitter,
    TimeProvider time,
    ILogger<CommandRegistrar> logger)
{
    /// <summary>The wait after the first failed attempt; it doubles each time up to <see cref="MaxRetryDelay"/>.</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    private const int StringOption = 3;
    internal const int AttachmentOption = 11;
    private const int ChatInput = 1;

    /// <summary>
    /// Registers, and after a failure that may pass (no answer, 5xx) tries again with a growing wait until Discord
    /// answers. A refusal (4xx) is logged once and not retried: sending the same list again would not help.
    /// </summary>
    public async Task RegisterUntilAnsweredAsync(CancellationToken cancellationToken)
    {
        var backoff = new Backoff(FirstRetryDelay, MaxRetryDelay, jitter);
        while (await RegisterOnceAsync(cancellationToken).ConfigureAwait(false) is { IsSuccess: false, IsTransient: true })
        {
            var delay = backoff.NextDelay();
            LogRetrying(logger, delay.TotalSeconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DiscordResponse> RegisterOnceAsync(CancellationToken cancellationToken)
    {
        var commands = Build(router.Commands);
        var settings = options.Value;
        var path = settings.GuildId is { Length: > 0 } guild
            ? $"applications/{settings.ApplicationId}/guilds/{guild}/commands"
            : $"applications/{settings.ApplicationId}/commands";
        var response = await rest.PutAsync(path, commands, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            LogRegistered(logger, commands.Count, settings.GuildId is { Length: > 0 } ? "guild " + settings.GuildId : "globally");
        }
        else
        {
            LogRegistrationFailed(logger, response.ErrorSummary);
        }

        return response;
    }

    internal static List<ApplicationCommand> Build(IEnumerable<ICommandHandler> handlers)
    {
        var commands = new List<ApplicationCommand>();
        foreach (var handler in handlers)
        {
            if (!ValidName().IsMatch(handler.Name) || commands.Any(c => c.Name == handler.Name))
            {
                continue;
            }

            var argument = handler.Argument;
            List<ApplicationCommandOption>? commandOptions = argument.Name is null
                ? null
                : [new ApplicationCommandOption(
                    StringOption,
                    OptionName(argument.Name),
                    OptionDescription(argument),
                    argument.Required,
                    argument.Completes is not null ? true : null)];
            if (argument.TakesDocument)
            {
                (commandOptions ??= []).Add(new ApplicationCommandOption(
                    AttachmentOption, "file", "A document: .md, .txt, .html, .pdf or .docx", Required: false, Autocomplete: null));
            }

            commands.Add(new ApplicationCommand(handler.Name, Describe(handler.Description, handler.Name), ChatInput, commandOptions));
        }

        return commands;
    }

    /// <summary>
    /// Discord option names are 1–32 lower-case letters, digits, '-' or '_': the first word of the usage
    /// ("[TOPIC ...] [at HH:MM]" → "topic", "NAME" → "name").
    /// </summary>
    private static string OptionName(string usage)
    {
        var word = FirstWord().Match(usage.ToLowerInvariant()).Value;
        return word.Length == 0 ? "text" : word[..Math.Min(32, word.Length)];
    }

    /// <summary>A usage with several parts is shown as it is; a single placeholder gets a sentence.</summary>
    private static string OptionDescription(CommandArgument argument)
    {
        var usage = argument.Name!.Trim();
        if (usage.Any(ch => ch is ' ' or '[' or '|'))
        {
            return Describe(usage, "text");
        }

        return argument.Completes is { } kind
            ? $"The {kind.ToString().ToLowerInvariant()} to look up"
            : Describe(usage.ToLowerInvariant(), "text");
    }

    private static string Describe(string text, string fallback)
    {
        var trimmed = text.Trim();
        return Rendering.TextSplitter.Truncate(trimmed.Length > 0 ? trimmed : fallback, 100);
    }

    [GeneratedRegex(@"[\p{L}\p{N}_-]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex("^[-_a-z0-9]{1,32}$")]
    private static partial Regex ValidName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord refused the slash command list: {Reason}")]
    private static partial void LogRegistrationFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the slash commands again in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, double seconds);
}

internal sealed record ApplicationCommand(string Name, string Description, int Type, IReadOnlyList<ApplicationCommandOption>? Options);

internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required, bool? Autocomplete);
