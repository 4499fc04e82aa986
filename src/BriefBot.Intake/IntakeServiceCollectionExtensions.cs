using BriefBot.Core.Resilience;
using BriefBot.Core.Commands;
using BriefBot.Intake.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers /add: the bounded page fetcher, the readers and the writer into <paramref name="folder"/>, with the limits
    /// of the "Content" section (MaxFetchBytes, FetchTimeout, AllowPrivateAddresses), validated at start.
    /// </summary>
    public static IServiceCollection AddContentIntake(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> folder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(folder);
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetryJitter>();
        services.AddSingleton(sp => new IntakeFolder(() => folder(sp)));
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ContentIntake>();
        services.AddSingleton<ICommandHandler, AddCommandHandler>();
        return services;
    }
}
