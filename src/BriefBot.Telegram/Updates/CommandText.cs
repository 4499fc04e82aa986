namespace BriefBot.Telegram.Updates;

/// <summary>Reads a message's text as a command for this bot, Telegram style ("/actor@ThisBot Russia").</summary>
internal static class CommandText
{
    /// <summary>
    /// The command with any "@ThisBot" removed ("/actor Russia"), or null when the text is not a command,
    /// or is addressed to another bot.
    /// </summary>
    public static string? ForThisBot(string? text, string? botUsername)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/') || trimmed.Length < 2)
        {
            return null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t', '\r']);
        var head = end < 0 ? trimmed : trimmed[..end];
        var rest = end < 0 ? string.Empty : trimmed[end..];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return trimmed;
        }

        var addressee = head[(at + 1)..];
        if (botUsername is null || !string.Equals(addressee, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return head[..at] + rest;
    }

    /// <summary>The command's name for logs: "/actor Russia" → "actor".</summary>
    public static string NameOf(string command)
    {
        var end = command.IndexOfAny([' ', '\n', '\t', '\r']);
        var head = end < 0 ? command : command[..end];
        return head.TrimStart('/').ToLowerInvariant();
    }
}
