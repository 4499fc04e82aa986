namespace BriefBot.Core.Delivery;

/// <summary>
/// The delivery ledger's hold on one digest. A sender takes it just before a request leaves and may give it back while
/// it waits to try again after attempts that were all refused (a 429, a 5xx, a refused connection: nothing accepted),
/// so the claim covers only the time something may be on its way, and a kill during that wait leaves nothing in doubt.
/// </summary>
public interface IDeliveryClaim
{
    /// <summary>
    /// Takes the claim if it is not held (a no-op when it is). Throws when another run has the delivery; then nothing
    /// may be sent, and the exception reaches the sender's caller.
    /// </summary>
    Task TakeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Gives the claim back if it is held (a no-op when it is not). Only for a message none of whose attempts may have
    /// arrived. A claim that cannot be given back stays held: that is safe, only less precise.
    /// </summary>
    Task GiveBackAsync(CancellationToken cancellationToken);
}

/// <summary>Ready-made claims.</summary>
public static class DeliveryClaim
{
    /// <summary>
    /// A claim made once by <paramref name="take"/>, the first time it is taken, and never given back: for a caller
    /// that cannot release what it claimed.
    /// </summary>
    public static IDeliveryClaim Once(Func<CancellationToken, Task> take)
    {
        ArgumentNullException.ThrowIfNull(take);
        return new OnceClaim(take);
    }

    private sealed class OnceClaim(Func<CancellationToken, Task> take) : IDeliveryClaim
    {
        private bool _taken;

        public async Task TakeAsync(CancellationToken cancellationToken)
        {
            if (_taken)
            {
                return;
            }

            await take(cancellationToken).ConfigureAwait(false);
            _taken = true;
        }

        public Task GiveBackAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
