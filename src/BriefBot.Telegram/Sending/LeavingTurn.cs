namespace BriefBot.Telegram.Sending;

/// <summary>
/// A pacing turn whose request has left. Telegram counts a message when it arrives, somewhere between its start and
/// its answer, so the turn's window starts at the answer (as the turn is disposed) — but at the latest
/// <see cref="ArrivalAllowance"/> after the start: a request that hangs until its timeout holds its permits only that
/// long, not the whole timeout, so the pace limits how often requests start, not how many are in flight.
/// </summary>
internal sealed class LeavingTurn : IDisposable
{
    /// <summary>
    /// How long after it left a request is taken to have arrived, if no answer says so sooner: above the spread of
    /// answers measured to a burst of 1,000 on a loaded machine (0.15–0.3 s, docs/PERFORMANCE.md, "At the line").
    /// </summary>
    public static readonly TimeSpan ArrivalAllowance = TimeSpan.FromSeconds(0.5);

    private readonly IDisposable _turn;
    private readonly ITimer _allowance;

    private LeavingTurn(IDisposable turn, TimeProvider time)
    {
        _turn = turn;
        _allowance = time.CreateTimer(static t => ((IDisposable)t!).Dispose(), turn, ArrivalAllowance, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The request leaves now; <paramref name="turn"/> is disposed at the answer or the allowance, whichever comes first.</summary>
    public static LeavingTurn Start(IDisposable turn, TimeProvider time) => new(turn, time);

    /// <summary>The answer came (or the attempt ended): the window starts now, unless the allowance started it already.</summary>
    public void Dispose()
    {
        _allowance.Dispose();
        _turn.Dispose();
    }
}
