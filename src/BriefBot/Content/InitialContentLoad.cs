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
        loader.LoadInitial();
        var replies = holder.Replies;
        _ = Task.Run(
            () => BriefingWarmer.Warm(replies, () => !_stopping.IsCancellationRequested && ReferenceEquals(holder.Replies, replies), parallelism: 1),
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await _stopping.CancelAsync().ConfigureAwait(false);

    public void Dispose() => _stopping.Dispose();
}
