using System.Globalization;
using BriefBot.Core.Commands;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using BriefBot.Telegram.Rendering;
using BriefBot.Telegram.Sending;
using BriefBot.Telegram.Startup;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefBot.Telegram.Updates;

/// <summary>
/// One update in, at most one reply out: maps a message, channel post or button press to a command and a
/// <see cref="CommandContext"/>, runs it through the command gate (the per-user limit, the router, the log line) and sends the reply.
/// Polling and webhook both call this. It never throws for a bad update; failures are logged, redacted.
/// </summary>
public sealed class TelegramUpdateHandler(
    TelegramStartup startup,
    CommandGate commands,
    TelegramChatSender sender,
    ChatAdminCache admins,
    CallbackCommands callbacks,
    BotClientHolder bot,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    public const string Platform = "telegram";
    private const string ExpiredButton = "This button has expired: type the command instead.";

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        try
        {
            await startup.EnsureReadyAsync(cancellationToken);
            var task = update switch
            {
                { Message: { } message } => OnMessageAsync(message, cancellationToken),
                { ChannelPost: { } post } => OnMessageAsync(post, cancellationToken),
                { CallbackQuery: { } query } => OnCallbackAsync(query, cancellationToken),
                _ => Task.CompletedTask,
            };
            await task;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is TokenRejectedException)
            {
                throw;
            }

            TelegramLog.UpdateFailed(logger, update.Id, bot.Redactor.Describe(ex));
        }
    }

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var kind = KindOf(message.Chat.Type);
        var text = message.Text ?? message.Caption;
        var command = CommandText.ForThisBot(text, startup.Username);
        if (command is null)
        {
            // A document sent to the bot in a private chat, whatever its caption says, is something to add (/add
            // refuses it for non-admins).
            if (kind == ChatKind.Private && message.Document is not null)
            {
                command = "/add";
            }
            // In a private chat, plain words are a search; elsewhere plain chatter is not for us.
            else if (kind != ChatKind.Private || string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('/'))
            {
                return;
            }
            else
            {
                command = "/search " + text.Trim();
            }
        }

        var context = await ContextAsync(message.Chat, kind, message.From, message.SenderChat, cancellationToken);
        // "/add" as a document's caption, or as a reply to a document, brings that document along.
        if (DocumentOf(message) is { } document && CommandText.NameOf(command) == "add")
        {
            context = context with { Document = new TelegramDocument(bot, document) };
        }

        // In a group several people ask at once: each answer replies to its question, in the question's topic.
        var target = kind == ChatKind.Group ? new ReplyTarget(message.MessageId, TopicOf(message)) : default;
        await RunAsync(command, context, target, cancellationToken);
    }

    private async Task OnCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var command = callbacks.ToCommand(query.Data);
        await bot.Client.AnswerCallbackQuery(query.Id, command is null ? ExpiredButton : null, cancellationToken: cancellationToken);
        if (command is null || query.Message is not { } message)
        {
            return;
        }

        var kind = KindOf(message.Chat.Type);
        var context = await ContextAsync(message.Chat, kind, query.From, senderChat: null, cancellationToken);
        await RunAsync(command, context, new ReplyTarget(MessageId: null, TopicOf(message)), cancellationToken);
    }

    private Task RunAsync(string command, CommandContext context, ReplyTarget target, CancellationToken cancellationToken) =>
        commands.RunAsync(command, context, async replying =>
        {
            var reply = await replying;
            if (reply.Status == ReplyStatus.Silenced)
            {
                return "not sent";
            }

            var result = await sender.SendReplyAsync(context.ChatId, reply, target, cancellationToken);
            return result.Outcome == DeliveryOutcome.Sent ? null : result.Outcome.ToString();
        }, cancellationToken);

    private async Task<CommandContext> ContextAsync(Chat chat, ChatKind kind, User? from, Chat? senderChat, CancellationToken cancellationToken)
    {
        var userId = from?.Id ?? senderChat?.Id ?? chat.Id;
        var isBotAdmin = from is not null && options.Value.AdminUserIds.Contains(from.Id);
        var isChatAdmin = kind switch
        {
            ChatKind.Private => true,
            // Only a channel's admins can post in it.
            ChatKind.Channel => true,
            // An anonymous group admin posts as the group itself.
            _ when senderChat?.Id == chat.Id => true,
            _ when from is null => false,
            _ => await IsGroupAdminAsync(chat.Id, from.Id, cancellationToken),
        };
        return new CommandContext(
            Platform,
            chat.Id.ToString(CultureInfo.InvariantCulture),
            userId.ToString(CultureInfo.InvariantCulture),
            kind,
            isChatAdmin,
            isBotAdmin,
            from?.Username ?? from?.FirstName ?? senderChat?.Title);
    }

    private async Task<bool> IsGroupAdminAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        try
        {
            return await admins.IsAdminAsync(chatId, userId, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not knowing is not being an admin.
            TelegramLog.UpdateFailed(logger, 0, bot.Redactor.Describe(ex));
            return false;
        }
    }

    private static Document? DocumentOf(Message message) => message.Document ?? message.ReplyToMessage?.Document;

    private static int? TopicOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    private static ChatKind KindOf(ChatType type) => type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Channel => ChatKind.Channel,
        _ => ChatKind.Group,
    };
}
