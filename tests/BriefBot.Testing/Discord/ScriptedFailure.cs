namespace BriefBot.Testing.Discord;

/// <summary>
/// The next request matching <see cref="Method"/> and <see cref="PathPrefix"/> gets this answer instead of the usual one.
/// With <see cref="ProcessFirst"/> the request still takes effect (a message is created) and only the answer fails,
/// as when a response is lost on the way back. With <see cref="Drop"/> no answer comes at all: the connection is closed.
/// </summary>
public sealed record ScriptedFailure(string Method, string PathPrefix, int Status, string Body, bool ProcessFirst = false, bool Drop = false)
{
    public static ScriptedFailure RateLimited(string method, string pathPrefix, double retryAfter, bool global = false) =>
        new(method, pathPrefix, 429,
            $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""");

    public static ScriptedFailure Unauthorized(string method, string pathPrefix) =>
        new(method, pathPrefix, 401, """{"message":"401: Unauthorized","code":0}""");

    public static ScriptedFailure Forbidden(string method, string pathPrefix) =>
        new(method, pathPrefix, 403, """{"message":"Missing Access","code":50001}""");

    /// <summary>The message is created, then the connection drops: to the client, a timeout or a reset.</summary>
    public static ScriptedFailure NoAnswerAfterProcessing(string method, string pathPrefix) =>
        new(method, pathPrefix, 0, string.Empty, ProcessFirst: true, Drop: true);

    /// <summary>Answers 500, 502, 503 or 504 without doing anything (a gateway or node in trouble).</summary>
    public static ScriptedFailure ServerError(string method, string pathPrefix, int status = 503) =>
        new(method, pathPrefix, status, $$"""{"message":"{{status}}: Server Error","code":0}""");

    public static ScriptedFailure ServerErrorAfterProcessing(string method, string pathPrefix) =>
        new(method, pathPrefix, 502, """{"message":"502: Bad Gateway","code":0}""", ProcessFirst: true);
}
