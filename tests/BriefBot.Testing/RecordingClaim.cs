using BriefBot.Core.Delivery;

namespace BriefBot.Testing;

/// <summary>
/// A delivery claim that records, in order, each time it was taken or given back, and how many requests had reached
/// the fake server by then (<c>requestsSoFar</c>), so a test can see that the claim covers only the requests.
/// </summary>
public sealed class RecordingClaim(Func<int> requestsSoFar) : IDeliveryClaim
{
    private readonly List<string> _events = [];

    public bool IsHeld { get; private set; }

    /// <summary>"take@N" and "give-back@N", N being the requests that had arrived; only real changes are recorded.</summary>
    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public Task TakeAsync(CancellationToken cancellationToken)
    {
        if (!IsHeld)
        {
            IsHeld = true;
            Record("take");
        }

        return Task.CompletedTask;
    }

    public Task GiveBackAsync(CancellationToken cancellationToken)
    {
        if (IsHeld)
        {
            IsHeld = false;
            Record("give-back");
        }

        return Task.CompletedTask;
    }

    private void Record(string what)
    {
        lock (_events)
        {
            _events.Add($"{what}@{requestsSoFar()}");
        }
    }
}
