using BriefBot.Core.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Intake.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers /feeds and the poller (section "Feeds"), and unless <c>Feeds:Polling</c> is false a Quartz job polling
    /// the due feeds every <c>Feeds:PollInterval</c>. Needs <see cref="IntakeServiceCollectionExtensions.AddContentIntake"/>
    /// and a store for <see cref="Core.Feeds.IFeedStore"/> (<c>AddStorage</c>).
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedBackoffRule>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedNotices>();
        services.TryAddSingleton<FeedMetrics>();
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<ICommandHandler, FeedsCommandHandler>();

        var section = configuration.GetSection(FeedOptions.Section);
        if (section.GetValue(nameof(FeedOptions.Polling), defaultValue: true))
        {
            var interval = section.GetValue(nameof(FeedOptions.PollInterval), new FeedOptions().PollInterval);
            interval = interval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : interval;
            services.AddQuartz(q =>
            {
                q.AddJob<PollFeedsJob>(j => j.WithIdentity(PollFeedsJob.Key).StoreDurably());
                q.AddTrigger(t => t
                    .ForJob(PollFeedsJob.Key)
                    .WithIdentity("poll-feeds", "feeds")
                    .StartAt(DateTimeOffset.UtcNow + interval)
                    .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
            });
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }
}
