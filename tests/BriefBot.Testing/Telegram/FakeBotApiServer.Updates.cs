using System.Globalization;
using System.Text.Json.Nodes;

namespace BriefBot.Testing.Telegram;

/// <summary>Scripted incoming updates and getUpdates with Telegram's offset semantics.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly List<JsonObject> _pending = [];
    private readonly Dictionary<long, FakeChat> _chats = [];
    private readonly HashSet<string> _callbackIds = [];
    private readonly HashSet<(long Chat, long Message)> _messagesInChats = [];
    private readonly Dictionary<long, long> _messageOfUpdate = [];
    private TaskCompletionSource _updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;
    private long _nextCallbackId = 1;

    /// <summary>Someone writes in a chat (in a forum, in the topic <paramref name="topic"/>). Returns the update_id.</summary>
    public long EnqueueMessage(FakeChat chat, FakeUser? from, string text, FakeChat? senderChat = null, int? topic = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var message = MessageJson(chat, from, text, senderChat);
        if (topic is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }

        var updateId = Enqueue(chat, chat.Type == "channel" ? "channel_post" : "message", message);
        lock (_gate)
        {
            _messageOfUpdate[updateId] = message["message_id"]!.GetValue<long>();
        }

        return updateId;
    }

    /// <summary>The message_id of the message an <see cref="EnqueueMessage"/> update carried.</summary>
    public long MessageIdOf(long updateId)
    {
        lock (_gate)
        {
            return _messageOfUpdate[updateId];
        }
    }

    /// <summary>A post in a channel where the bot is an administrator.</summary>
    public long EnqueueChannelPost(FakeChat channel, string text) => EnqueueMessage(channel, from: null, text, senderChat: channel);

    /// <summary>Someone presses an inline button under the bot's message. Returns the update_id.</summary>
    public long EnqueueCallback(FakeChat chat, FakeUser from, string callbackData, long? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(from);
        string id;
        lock (_gate)
        {
            id = (_nextCallbackId++ * 7919).ToString(CultureInfo.InvariantCulture);
            _callbackIds.Add(id);
        }

        var botMessage = MessageJson(chat, new FakeUser(BotUserId, "BriefBot", BotUsername, IsBot: true), "…", senderChat: null);
        if (messageId is { } known)
        {
            botMessage["message_id"] = known;
        }

        var query = new JsonObject
        {
            ["id"] = id,
            ["from"] = UserJson(from),
            ["message"] = botMessage,
            ["chat_instance"] = "ci" + chat.Id.ToString(CultureInfo.InvariantCulture),
            ["data"] = callbackData,
        };
        return Enqueue(chat, "callback_query", query);
    }

    /// <summary>Updates not yet confirmed by an offset.</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    private long Enqueue(FakeChat chat, string kind, JsonObject payload)
    {
        long id;
        lock (_gate)
        {
            _chats[chat.Id] = chat;
            id = _nextUpdateId++;
            _pending.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
        }

        WakeLongPolls();
        return id;
    }

    private void WakeLongPolls()
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            arrived = _updateArrived;
            _updateArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Unpark(arrived.Task);
        arrived.TrySetResult();
    }

    /// <param name="outages">How many outages there had been when the request arrived.</param>
    private async Task<Answer?> GetUpdatesAsync(JsonObject parameters, int outages, CancellationToken aborted)
    {
        lock (_gate)
        {
            if (_webhookUrl is not null)
            {
                return Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
        }

        var offset = Long(parameters, "offset");
        var limit = (int)Math.Clamp(Long(parameters, "limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(Long(parameters, "timeout") ?? 0, 0, 50));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                // A long poll that was open when the server went down is dropped, even if it is back already.
                if (_down || _outages != outages)
                {
                    return null;
                }

                var batch = Confirm(offset, limit);
                if (batch.Count > 0 || deadline.IsCancellationRequested)
                {
                    return Ok(new JsonArray([.. batch.Select(u => u.DeepClone())]));
                }

                arrived = _updateArrived.Task;
            }

            try
            {
                await ParkedAsync(arrived.WaitAsync(deadline.Token), arrived);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                // The long poll's time is up: answer with whatever there is (usually nothing).
            }
        }
    }

    // An offset confirms (forgets) every update before it; a negative one keeps only the last -offset updates.
    private List<JsonObject> Confirm(long? offset, int limit)
    {
        if (offset is > 0 and var first)
        {
            _pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < first);
        }
        else if (offset is < 0 and var last && _pending.Count > -last)
        {
            _pending.RemoveRange(0, _pending.Count - (int)-last);
        }

        return _pending.Take(limit).ToList();
    }

    private JsonObject MessageJson(FakeChat chat, FakeUser? from, string text, FakeChat? senderChat)
    {
        long id;
        lock (_gate)
        {
            id = _nextMessageId++;
            _messagesInChats.Add((chat.Id, id));
        }

        var message = new JsonObject
        {
            ["message_id"] = id,
            ["date"] = Now.ToUnixTimeSeconds(),
            ["chat"] = ChatJson(chat),
            ["text"] = text,
        };
        if (from is not null)
        {
            message["from"] = UserJson(from);
        }

        if (senderChat is not null)
        {
            message["sender_chat"] = ChatJson(senderChat);
        }

        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
        }

        return message;
    }

    private static JsonObject ChatJson(FakeChat chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.Type };
        if (chat.Type == "private")
        {
            json["first_name"] = "User" + chat.Id.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            json["title"] = chat.Title ?? "Chat";
        }

        if (chat.IsForum)
        {
            json["is_forum"] = true;
        }

        return json;
    }

    private static JsonObject UserJson(FakeUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = user.IsBot, ["first_name"] = user.FirstName };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        return json;
    }

    private static long? Long(JsonObject parameters, string name) =>
        parameters[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<long>(out var number) => number,
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            JsonValue value when value.TryGetValue<string>(out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
}
