using System.Text.Json.Nodes;

namespace BriefBot.Testing.Telegram;

/// <summary>One request the fake server answered: method, parameters (JSON or form), and what it answered.</summary>
public sealed record RecordedRequest(string Method, string Token, JsonObject Parameters, int StatusCode, DateTimeOffset At)
{
    public bool Succeeded => StatusCode == 200;

    public string? Text(string name) => Parameters[name] is JsonValue value ? value.ToString() : Parameters[name]?.ToJsonString();
}

/// <summary>A message the server accepted with sendMessage.</summary>
public sealed record SentMessage(long MessageId, string ChatId, string Text, string? ParseMode, JsonNode? ReplyMarkup, bool LinkPreviewDisabled, DateTimeOffset At)
{
    /// <summary>The message this one replies to, when it named one that exists in the chat.</summary>
    public long? ReplyToMessageId { get; init; }

    /// <summary>The forum topic it was posted in (message_thread_id), if any.</summary>
    public long? ThreadId { get; init; }

    /// <summary>The callback_data of every inline button, row by row.</summary>
    public IReadOnlyList<(string Label, string Data)> Buttons =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>()
                .SelectMany(row => row.OfType<JsonObject>())
                .Select(b => (b["text"]?.GetValue<string>() ?? string.Empty, b["callback_data"]?.GetValue<string>() ?? string.Empty))
                .ToList()
            : [];
}
