using BriefBot.Core.Commands.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Commands;

public static class CommandGateServiceCollectionExtensions
{
    /// <summary>
    /// The gate every chat transport sends its commands through, around the registered <see cref="ICommandRouter"/>, with
    /// one per-user throttle for all of them (<see cref="CommandThrottle.LimitKey"/>; 0 or less counts as 1). Each
    /// transport calls it; the first registration holds.
    /// </summary>
    public static IServiceCollection AddCommandGate(this IServiceCollection services, int perUserPerMinute)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CommandThrottle(sp.GetRequiredService<TimeProvider>(), Math.Max(1, perUserPerMinute)));
        services.TryAddSingleton(sp => new CommandGate(
            sp.GetRequiredService<ICommandRouter>(),
            sp.GetRequiredService<CommandThrottle>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CommandGate>>()));
        return services;
    }
}
