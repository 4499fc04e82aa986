using BriefBot.Core.Text;

namespace BriefBot.Core.Commands;

/// <summary>
/// "/Actor   Russia " → ("actor", "Russia"). Returns null when the text is not a command. The text is cleaned first
/// (<see cref="TypedText.Clean"/>), so no handler on any platform ever sees a control character or a terminal escape.
/// </summary>
public static class CommandLine
{
    public const int MaxArgumentLength = 200;

    public static (string Name, string Argument)? Parse(string text)
    {
        var trimmed = TypedText.Clean(text).Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var name = trimmed[1..end].ToLowerInvariant();
        var argument = trimmed[end..].Trim();
        return (name, string.Join(' ', argument.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
