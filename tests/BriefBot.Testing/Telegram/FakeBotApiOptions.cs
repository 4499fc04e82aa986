namespace BriefBot.Testing.Telegram;

/// <summary>How the fake Bot API server starts.</summary>
public sealed class FakeBotApiOptions
{
    /// <summary>The one token the server accepts; any other gets 401 Unauthorized, as Telegram answers.</summary>
    public string Token { get; set; } = "123456:test-token-abc";

    public long BotUserId { get; set; } = 123456;

    public string BotUsername { get; set; } = "BriefTestBot";

    /// <summary>Clock for rate limits and request timestamps (long-poll waits are real time, as the client's are).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Telegram's flood limits, answered with 429 and retry_after. Null: unlimited.</summary>
    public FakeBotApiLimits Limits { get; set; } = FakeBotApiLimits.None;

    /// <summary>"http://127.0.0.1:0" picks a free port.</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:0";
}

/// <summary>Flood limits on sending methods, counted over sliding windows.</summary>
public sealed record FakeBotApiLimits(int? GlobalPerSecond = null, int? PerChatPerSecond = null, int? PerGroupPerMinute = null)
{
    public static readonly FakeBotApiLimits None = new();

    /// <summary>Roughly what Telegram enforces for a bot.</summary>
    public static readonly FakeBotApiLimits Telegram = new(GlobalPerSecond: 30, PerChatPerSecond: 1, PerGroupPerMinute: 20);
}
