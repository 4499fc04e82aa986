using Telegram.Bot.Types.ReplyMarkups;

namespace BriefBot.Telegram.Rendering;

/// <summary>A reply as Telegram messages: HTML parts in order; the keyboard goes with the last part.</summary>
public sealed record RenderedReply(IReadOnlyList<string> Parts, InlineKeyboardMarkup? Keyboard);
