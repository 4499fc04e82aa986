using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefBot.Testing.Telegram;

/// <summary>The Bot API methods the bot uses, answered as Telegram does (including its validation errors).</summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly HashSet<long> _blocked = [];
    private JsonArray _commands = [];
    private string? _webhookUrl;
    private string? _webhookSecret;
    private SlidingWindowCounter? _global;
    private SlidingWindowCounter? _perChat;
    private SlidingWindowCounter? _perGroup;

    /// <summary>The webhook set with setWebhook (null after deleteWebhook).</summary>
    public (string? Url, string? Secret) Webhook
    {
        get
        {
            lock (_gate)
            {
                return (_webhookUrl, _webhookSecret);
            }
        }
    }

    /// <summary>The commands set with setMyCommands: (command, description).</summary>
    public IReadOnlyList<(string Command, string Description)> Commands
    {
        get
        {
            lock (_gate)
            {
                return _commands.OfType<JsonObject>()
                    .Select(c => (c["command"]!.GetValue<string>(), c["description"]!.GetValue<string>()))
                    .ToList();
            }
        }
    }

    /// <summary>Sets a user's status in a chat: "creator", "administrator", "member", "restricted", "left", "kicked".</summary>
    public void SetChatMember(long chatId, long userId, string status)
    {
        lock (_gate)
        {
            _members[(chatId, userId)] = status;
        }
    }

    /// <summary>The chat blocked the bot (or removed it): sendMessage answers 403.</summary>
    public void BlockChat(long chatId)
    {
        lock (_gate)
        {
            _blocked.Add(chatId);
        }
    }

    private void ResetLimitCounters(FakeBotApiLimits limits)
    {
        _global = limits.GlobalPerSecond is { } g ? new SlidingWindowCounter(g, TimeSpan.FromSeconds(1)) : null;
        _perChat = limits.PerChatPerSecond is { } c ? new SlidingWindowCounter(c, TimeSpan.FromSeconds(1)) : null;
        _perGroup = limits.PerGroupPerMinute is { } m ? new SlidingWindowCounter(m, TimeSpan.FromMinutes(1)) : null;
    }

    private Task<Answer?> AnswerAsync(string method, JsonObject parameters, int outages, CancellationToken aborted) =>
        method.ToLowerInvariant() switch
        {
            "getupdates" => GetUpdatesAsync(parameters, outages, aborted),
            "getme" => Done(Ok(UserJson(new FakeUser(BotUserId, "BriefBot", BotUsername, IsBot: true)))),
            "deletewebhook" => Done(DeleteWebhook(parameters)),
            "setwebhook" => Done(SetWebhook(parameters)),
            "getwebhookinfo" => Done(WebhookInfo()),
            "setmycommands" => Done(SetMyCommands(parameters)),
            "getmycommands" => Done(Ok(Locked(() => _commands.DeepClone()))),
            "sendmessage" => SendMessageAsync(parameters, aborted),
            "answercallbackquery" => Done(AnswerCallbackQuery(parameters)),
            "getchatmember" => Done(GetChatMember(parameters)),
            "getfile" => Done(GetFile(parameters)),
            _ => Done(Error(404, "Not Found")),
        };

    private static Task<Answer?> Done(Answer answer) => Task.FromResult<Answer?>(answer);

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private Answer DeleteWebhook(JsonObject parameters)
    {
        lock (_gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            if (Bool(parameters, "drop_pending_updates"))
            {
                _pending.Clear();
            }
        }

        return Ok(true);
    }

    private Answer SetWebhook(JsonObject parameters)
    {
        var url = Text(parameters, "url");
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(parameters);
        }

        if (!url.StartsWith("https://", StringComparison.Ordinal))
        {
            return Error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }

        lock (_gate)
        {
            _webhookUrl = url;
            _webhookSecret = Text(parameters, "secret_token");
        }

        return Ok(true);
    }

    private Answer WebhookInfo()
    {
        lock (_gate)
        {
            return Ok(new JsonObject
            {
                ["url"] = _webhookUrl ?? string.Empty,
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _pending.Count,
            });
        }
    }

    private Answer SetMyCommands(JsonObject parameters)
    {
        if (parameters["commands"] is not JsonArray commands || commands.Count > 100)
        {
            return Error(400, "Bad Request: commands must be an array of at most 100 commands");
        }

        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>() ?? string.Empty;
            var description = command?["description"]?.GetValue<string>() ?? string.Empty;
            if (!CommandName().IsMatch(name))
            {
                return Error(400, "Bad Request: BOT_COMMAND_INVALID");
            }

            if (description.Length is < 1 or > 256)
            {
                return Error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        lock (_gate)
        {
            _commands = (JsonArray)commands.DeepClone();
        }

        return Ok(true);
    }

    // A held chat's send waits for its release: before it is taken, or after (a server slow to answer what it took).
    private async Task<Answer?> SendMessageAsync(JsonObject parameters, CancellationToken aborted)
    {
        var hold = Long(parameters, "chat_id") is { } chat ? TakeHold(chat) : null;
        if (hold is { AcceptFirst: false })
        {
            await ParkedAsync(hold.WaitAsync(aborted), hold);
        }

        var answer = SendMessage(parameters);
        if (hold is { AcceptFirst: true })
        {
            await ParkedAsync(hold.WaitAsync(aborted), hold);
        }

        return answer;
    }

    private Answer SendMessage(JsonObject parameters)
    {
        var chatText = Text(parameters, "chat_id");
        if (!long.TryParse(chatText, CultureInfo.InvariantCulture, out var chatId))
        {
            return Error(400, "Bad Request: chat not found");
        }

        var text = Text(parameters, "text") ?? string.Empty;
        var parseMode = Text(parameters, "parse_mode");
        var visible = text;
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            visible = TelegramHtml.TryParse(text, out var error);
            if (visible is null)
            {
                return Error(400, "Bad Request: can't parse entities: " + error);
            }
        }

        if (visible.Trim().Length == 0)
        {
            return Error(400, "Bad Request: message text is empty");
        }

        if (visible.Length > 4096)
        {
            return Error(400, "Bad Request: message is too long");
        }

        var markup = parameters["reply_markup"]?.DeepClone();
        if (markup?["inline_keyboard"] is JsonArray rows
            && rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Any(b => Encoding.UTF8.GetByteCount(b["callback_data"]?.GetValue<string>() ?? string.Empty) is < 1 or > 64))
        {
            return Error(400, "Bad Request: BUTTON_DATA_INVALID");
        }

        var replyTo = ReplyParameters(parameters);
        var thread = Long(parameters, "message_thread_id");
        lock (_gate)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, chatId > 0 ? "Forbidden: bot was blocked by the user" : "Forbidden: bot was kicked from the group chat");
            }

            if (CheckFloodLimits(chatId) is { } wait)
            {
                var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
                return Error(429, $"Too Many Requests: retry after {seconds}", seconds);
            }

            var chat = _chats.GetValueOrDefault(chatId) ?? (chatId > 0 ? FakeChat.Private(chatId) : FakeChat.Group(chatId));
            if (thread is not null && !chat.IsForum)
            {
                return Error(400, "Bad Request: message thread not found");
            }

            if (replyTo is { MessageId: var target, AllowWithoutReply: false } && !_messagesInChats.Contains((chatId, target)))
            {
                return Error(400, "Bad Request: message to be replied not found");
            }

            var id = _nextMessageId++;
            _messagesInChats.Add((chatId, id));
            _sent.Add(new SentMessage(
                id,
                chatText!,
                text,
                parseMode,
                markup,
                parameters["link_preview_options"]?["is_disabled"]?.GetValue<bool>() ?? false,
                Now)
            {
                ReplyToMessageId = replyTo is { MessageId: var replied } && _messagesInChats.Contains((chatId, replied)) ? replied : null,
                ThreadId = thread,
            });
            return Ok(new JsonObject
            {
                ["message_id"] = id,
                ["date"] = Now.ToUnixTimeSeconds(),
                ["chat"] = ChatJson(chat),
                ["from"] = UserJson(new FakeUser(BotUserId, "BriefBot", BotUsername, IsBot: true)),
                ["text"] = visible,
            });
        }
    }

    // Called under the lock. Counts the message against every limit, or none of them when one refuses.
    private TimeSpan? CheckFloodLimits(long chatId)
    {
        var now = Now;
        var key = chatId.ToString(CultureInfo.InvariantCulture);
        if (_perChat?.TryCount(key, now) is { } chatWait)
        {
            return chatWait;
        }

        if (chatId < 0 && _perGroup?.TryCount(key, now) is { } groupWait)
        {
            _perChat?.Uncount(key);
            return groupWait;
        }

        if (_global?.TryCount("*", now) is { } globalWait)
        {
            _perChat?.Uncount(key);
            if (chatId < 0)
            {
                _perGroup?.Uncount(key);
            }

            return globalWait;
        }

        return null;
    }

    private Answer AnswerCallbackQuery(JsonObject parameters)
    {
        var id = Text(parameters, "callback_query_id");
        lock (_gate)
        {
            if (id is null || !_callbackIds.Remove(id))
            {
                return Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            }
        }

        return Ok(true);
    }

    private Answer GetChatMember(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id");
        var userId = Long(parameters, "user_id");
        if (chatId is null || userId is null)
        {
            return Error(400, "Bad Request: chat not found");
        }

        var status = Locked(() => _members.GetValueOrDefault((chatId.Value, userId.Value), "member"));
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = UserJson(new FakeUser(userId.Value, "User" + userId.Value.ToString(CultureInfo.InvariantCulture))),
        };
        if (status is "administrator" or "creator")
        {
            member["is_anonymous"] = false;
        }

        if (status == "administrator")
        {
            foreach (var right in AdminRights)
            {
                member[right] = right != "can_be_edited";
            }
        }

        return Ok(member);
    }

    private static readonly string[] AdminRights =
    [
        "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
        "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
    ];

    // reply_parameters arrives as a JSON object in a JSON body, or as a JSON string in a form.
    private static (long MessageId, bool AllowWithoutReply)? ReplyParameters(JsonObject parameters)
    {
        var node = parameters["reply_parameters"] is JsonValue encoded && encoded.TryGetValue<string>(out var json)
            ? JsonNode.Parse(json)
            : parameters["reply_parameters"];
        return node is JsonObject reply && Long(reply, "message_id") is { } messageId
            ? (messageId, reply["allow_sending_without_reply"]?.GetValue<bool>() ?? false)
            : null;
    }

    private static string? Text(JsonObject parameters, string name) =>
        parameters[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var node => node.ToJsonString(),
        };

    private static bool Bool(JsonObject parameters, string name) =>
        parameters[name] is JsonValue value
        && ((value.TryGetValue<bool>(out var flag) && flag) || (value.TryGetValue<string>(out var text) && text == "true"));

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
