using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Content;

/// <summary>
/// Loads the content before any transport starts answering, then composes the briefings in the background so
/// that the first asks find them ready (a reload composes them before its swap instead).
/// </summary>
internal sealed class InitialContentLoad(ContentLoader loader, SnapshotHolder holder) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var snapshot = loader.LoadInitial();
        _ = Task.Run(
            () => BriefingWarmer.Warm(snapshot, () => !_stopping.IsCancellationRequested && ReferenceEquals(holder.Current, snapshot), parallelism: 1),
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await _stopping.CancelAsync().ConfigureAwait(false);

    public void Dispose() => _stopping.Dispose();
}
