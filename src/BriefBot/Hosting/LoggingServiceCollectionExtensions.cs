using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Hosting;

internal static class LoggingServiceCollectionExtensions
{
    /// <summary>Console logs to stderr, so stdout carries only replies (the console chat, ask, inspect).</summary>
    public static IServiceCollection AddBriefBotLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
