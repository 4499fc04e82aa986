using System.Text;

namespace BriefBot.Telegram.Api;

/// <summary>
/// The Bot API puts the token in every URL, so any exception text or address that may carry it passes through here
/// before it reaches a log or an exception message.
/// </summary>
public sealed class TokenRedactor(string token)
{
    public const string Mask = "***";

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var redacted = text.Replace(token, Mask, StringComparison.Ordinal);
        // The secret half alone is as good as the token.
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < token.Length - 1
            ? redacted.Replace(token[(colon + 1)..], Mask, StringComparison.Ordinal)
            : redacted;
    }

    /// <summary>Type and message of an exception and its inner exceptions, redacted; no stack trace.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = new StringBuilder();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.Append(current.GetType().Name).Append(": ").Append(current.Message);
        }

        return Redact(text.ToString());
    }
}
