namespace BriefBot.Testing.Telegram;

/// <summary>A failure the fake server gives instead of the real answer, for the next matching requests.</summary>
/// <param name="AcceptFirst">With <paramref name="Disconnect"/>: the request takes effect (a message is sent) and only the answer is lost.</param>
/// <param name="HtmlBody">Answer with this HTML page (a proxy's error page) instead of the API's JSON.</param>
public sealed record ScriptedFault(
    int StatusCode, string Description, int? RetryAfter = null, bool Disconnect = false, bool AcceptFirst = false, string? HtmlBody = null)
{
    public static ScriptedFault TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static ScriptedFault Blocked() => new(403, "Forbidden: bot was blocked by the user");

    public static ScriptedFault BadGateway() => new(502, "Bad Gateway");

    public static ScriptedFault InternalError() => new(500, "Internal Server Error");

    /// <summary>A 502 from a proxy in front of the Bot API: an HTML page, not the API's JSON.</summary>
    public static ScriptedFault ProxyBadGateway() =>
        new(502, "Bad Gateway", HtmlBody: "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>");

    /// <summary>The connection is dropped with no answer (a network failure).</summary>
    public static ScriptedFault ConnectionReset() => new(0, "connection reset", Disconnect: true);

    /// <summary>The message is sent, then the connection drops before the answer: to the client, a send in doubt.</summary>
    public static ScriptedFault AcceptedThenConnectionReset() => new(0, "accepted, then connection reset", Disconnect: true, AcceptFirst: true);
}
