using System.Globalization;
using BriefBot.Core.Delivery;
using BriefBot.Core.Feeds;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Intake.Feeds;

/// <summary>
/// Tells the admins when a feed starts failing and when it recovers: in the chat the feed was added from (the bot has
/// no other channel to its admins), through that platform's paced sender. Each notice is sent once; one that cannot be
/// sent is logged and not tried again, so a broken chat cannot turn every poll into a notice.
/// </summary>
public sealed partial class FeedNotices(IEnumerable<IChatSender> senders, ILogger<FeedNotices> logger)
{
    public Task FailingAsync(FeedSubscription feed, string error, DateTimeOffset at, CancellationToken cancellationToken) =>
        SendAsync(feed, $"The feed {Name(feed)} is failing: {error.TrimEnd('.')}. I will keep trying, less often, and tell you once it works again.", "failing", at, cancellationToken);

    public Task RecoveredAsync(FeedSubscription feed, DateTimeOffset at, CancellationToken cancellationToken) =>
        SendAsync(feed, $"The feed {Name(feed)} works again, after {feed.Failures} failed {(feed.Failures == 1 ? "poll" : "polls")}.", "recovered", at, cancellationToken);

    private static string Name(FeedSubscription feed) => feed.Title is { Length: > 0 } title ? $"“{title}” ({feed.Url})" : feed.Url;

    private async Task SendAsync(FeedSubscription feed, string text, string what, DateTimeOffset at, CancellationToken cancellationToken)
    {
        LogNotice(logger, feed.Url, text);
        var sender = senders.FirstOrDefault(s => string.Equals(s.Platform, feed.NoticePlatform, StringComparison.OrdinalIgnoreCase));
        if (sender is null)
        {
            LogNoSender(logger, feed.NoticePlatform, feed.Url);
            return;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"feed-{feed.Id}-{what}-{at:yyyyMMddHHmmss}");
        try
        {
            var result = await sender.SendAsync(feed.NoticeChatId, Reply.Text(ReplyStatus.Ok, text), key, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != DeliveryOutcome.Sent)
            {
                LogNotSent(logger, feed.Url, result.Outcome.ToString());
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotSent(logger, feed.Url, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url}: {Notice}")]
    private static partial void LogNotice(ILogger logger, string url, string notice);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {Platform} sender in this process to tell the admins about feed {Url}")]
    private static partial void LogNoSender(ILogger logger, string platform, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notice about feed {Url} was not delivered ({Outcome})")]
    private static partial void LogNotSent(ILogger logger, string url, string outcome);
}
