using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BriefBot.Operations;

/// <summary>A bot run with no transport answers nobody: say so, naming the keys, instead of running silently.</summary>
internal static partial class MissingTransport
{
    public const string Keys = "set Telegram:Token (environment Telegram__Token) or Discord:Token (Discord__Token)";

    public static bool IsMissing(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) && string.IsNullOrWhiteSpace(configuration["Discord:Token"]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No transport is configured, so nobody can reach the bot: " + Keys + ". Health checks are still served.")]
    public static partial void Warn(ILogger logger);
}
