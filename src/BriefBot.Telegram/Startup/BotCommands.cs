using System.Text.RegularExpressions;
using BriefBot.Core.Commands;
using Telegram.Bot.Types;

namespace BriefBot.Telegram.Startup;

/// <summary>The router's commands in the shape setMyCommands accepts (1–32 of a-z 0-9 _, description 1–256, at most 100).</summary>
internal static partial class BotCommands
{
    public static List<BotCommand> From(IReadOnlyList<ICommandHandler> handlers) =>
        handlers
            .Where(h => CommandName().IsMatch(h.Name))
            .Select(h => new BotCommand(h.Name, Describe(h)))
            .Take(100)
            .ToList();

    private static string Describe(ICommandHandler handler)
    {
        var text = string.IsNullOrWhiteSpace(handler.Description) ? handler.Name : handler.Description.Trim();
        return text.Length <= 256 ? text : text[..255] + "…";
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
