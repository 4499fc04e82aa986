namespace BriefBot.Discord;

/// <summary>
/// Whether the Discord transport may keep talking to Discord. A rejected token (REST 401, gateway 4004) or another
/// fatal gateway close stops it for good, so we never hammer Discord with requests it will refuse.
/// </summary>
internal sealed class DiscordTransportState : IDisposable
{
    private readonly CancellationTokenSource _stopped = new();

    public CancellationToken StoppedToken => _stopped.Token;

    public bool IsStopped => _stopped.IsCancellationRequested;

    public string? StopReason { get; private set; }

    /// <returns>True the first time only.</returns>
    public bool Stop(string reason)
    {
        lock (_stopped)
        {
            if (_stopped.IsCancellationRequested)
            {
                return false;
            }

            StopReason = reason;
        }

        _stopped.Cancel();
        return true;
    }

    public void Dispose() => _stopped.Dispose();
}
