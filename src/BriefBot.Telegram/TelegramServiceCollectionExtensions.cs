using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Registers the telegram services, bound to the "Telegram" configuration section.</summary>
    public static IServiceCollection AddTelegramTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
