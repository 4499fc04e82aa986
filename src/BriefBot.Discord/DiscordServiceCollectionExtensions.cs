using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Registers the discord services, bound to the "Discord" configuration section.</summary>
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
