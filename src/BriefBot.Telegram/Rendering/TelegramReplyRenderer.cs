using BriefBot.Core.Replies;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefBot.Telegram.Rendering;

/// <summary>Turns a platform-neutral <see cref="Reply"/> into HTML messages and an inline keyboard.</summary>
public sealed class TelegramReplyRenderer(CallbackCommands callbacks)
{
    private const string ButtonsOnlyText = "Choose one:";

    public RenderedReply Render(Reply reply, int maxLength = MessageSplitter.MaxLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = MessageSplitter.Split(ReplyUnits.From(reply), maxLength);
        var keyboard = Keyboard(reply.Buttons);
        if (parts.Count == 0 && keyboard is not null)
        {
            parts.Add(ButtonsOnlyText);
        }

        return new RenderedReply(parts, keyboard);
    }

    private InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        // One button per row: labels are entity names and read best stacked.
        var rows = buttons
            .Select(b => new[] { InlineKeyboardButton.WithCallbackData(Label(b.Label), callbacks.ToCallbackData(b.Command)) })
            .ToArray();
        return new InlineKeyboardMarkup(rows);
    }

    // Button text is shown as plain text (no parse mode); Telegram limits it loosely, keep it readable.
    private static string Label(string label) => label.Length <= 64 ? label : label[..63] + "…";
}
