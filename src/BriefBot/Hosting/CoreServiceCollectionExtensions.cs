using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Hosting;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the knowledge snapshot, its loader and the command router.</summary>
    public static IServiceCollection AddBriefBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
