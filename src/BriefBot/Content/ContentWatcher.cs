using BriefBot.Core.Reloading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Content;

/// <summary>
/// With Content:Watch=true, reloads by itself when files change. Changes are debounced: a batch of copies
/// gives one reload, <see cref="Quiet"/> after the last change.
/// </summary>
internal sealed partial class ContentWatcher(
    ReloadCoordinator reloads,
    IContentChangeSource changes,
    IOptions<ContentOptions> options,
    TimeProvider time,
    ILogger<ContentWatcher> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    private IDisposable? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.Path);
        if (!options.Value.Watch || !Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        _debounce = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = changes.Watch(folder, Touch);
        LogWatching(logger, folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void Touch() => _debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        var report = await reloads.ReloadAsync("content watcher").ConfigureAwait(false);
        if (report.Applied)
        {
            LogReloaded(logger, report.ArticleCount, report.ArticlesAdded.Count, report.ArticlesChanged.Count, report.ArticlesRemoved.Count, report.Rejected.Count, report.Duration.TotalMilliseconds);
        }
        else
        {
            LogNotApplied(logger, report.Problem ?? "unknown");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for content changes")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed: reloaded {Articles} articles ({Added} added, {Changed} changed, {Removed} removed, {Rejected} rejected) in {ElapsedMs:F0} ms")]
    private static partial void LogReloaded(ILogger logger, int articles, int added, int changed, int removed, int rejected, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content changed but the reload was not applied: {Problem}")]
    private static partial void LogNotApplied(ILogger logger, string problem);
}
