using Quartz;

namespace BriefBot.Digests;

/// <summary>The Quartz job behind every digest trigger: each trigger carries the subscription and the local date it is for.</summary>
internal sealed class DeliverDigestJob(DigestRunner runner) : IJob
{
    public static readonly JobKey Key = new("deliver-digest", "digests");

    public const string SubscriptionIdKey = "subscriptionId";
    public const string LocalDateKey = "localDate";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var subscriptionId = data.GetLong(SubscriptionIdKey);
        var localDate = DateOnly.ParseExact(data.GetString(LocalDateKey)!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await runner.RunAsync(subscriptionId, localDate, cancellationToken);
    }
}
