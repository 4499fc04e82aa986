namespace BriefBot.Operations;

/// <summary>The "Http" configuration section: where /healthz and /metrics are served (and a Telegram webhook with them).</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>
    /// Addresses to listen on, separated by ';', as ASP.NET Core takes them: "http://127.0.0.1:8080", or
    /// "http://+:8080" for every interface (inside a container). Unset: no HTTP endpoint.
    /// </summary>
    public string? Urls { get; set; }
}
