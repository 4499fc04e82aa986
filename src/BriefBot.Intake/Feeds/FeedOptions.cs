using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Intake.Feeds;

/// <summary>Configuration section "Feeds". Fetches keep the limits of the "Content" section, as /add does.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>How often each feed is polled while it answers.</summary>
    [InRange(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Feeds:PollInterval must be between 00:01:00 and 1.00:00:00, such as 00:30:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest wait between polls of a failing feed (the wait doubles with each failure up to this).</summary>
    [InRange(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = MaxBackoffMessage)]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromDays(1);

    /// <summary>New items taken from one feed in one poll, newest first; older new ones are passed over.</summary>
    [InRange(1, 200, ErrorMessage = "Feeds:MaxItemsPerPoll must be between 1 and 200.")]
    public int MaxItemsPerPoll { get; set; } = 20;

    /// <summary>Run the polling job in this process (off for one-shot CLI verbs).</summary>
    public bool Polling { get; set; } = true;

    internal const string MaxBackoffMessage = "Feeds:MaxBackoff must be at least Feeds:PollInterval and at most 7.00:00:00.";
}
