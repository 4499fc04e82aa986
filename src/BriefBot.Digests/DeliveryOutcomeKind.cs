namespace BriefBot.Digests;

/// <summary>What became of one subscription's digest for one local day.</summary>
public enum DigestRunOutcome
{
    Sent,
    /// <summary>The ledger already has this day sent, in progress, unknown or failed for good: nothing was sent.</summary>
    AlreadyHandled,
    /// <summary>No such subscription any more, or it is paused.</summary>
    NotSubscribed,
    /// <summary>No sender is registered for the chat's platform in this process; the day stays open.</summary>
    NoSender,
    /// <summary>The chat refuses us: the subscription is now paused.</summary>
    Paused,
    /// <summary>Failed for now; may be tried again the same local day.</summary>
    RetryLater,
    /// <summary>Failed too often today; the next attempt is tomorrow's digest.</summary>
    GaveUp,
    /// <summary>Sent, but no answer came: it may have arrived. Recorded 'unknown' and not re-sent.</summary>
    InDoubt,
    /// <summary>Fired before the day's digest time (a recovered firing carrying the next day): nothing sent, trigger set again.</summary>
    NotDue,
}
