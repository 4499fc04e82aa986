using BriefBot.Content;
using BriefBot.Core.Reloading;
using BriefBot.Hosting;
using BriefBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Tests.Reloading;

/// <summary>
/// Content:Watch on the fake clock: changes come from a scripted source (or from the real watcher, once, to prove it is
/// wired), and the quiet period passes only when the test moves the clock.
/// </summary>
public class ContentWatchTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Watch_ReloadsOnceTheFolderIsQuiet_AndABatchOfCopiesGivesOneReportWithAllOfThem()
    {
        using var content = new TempContent(withShippedArticles: false);
        using var data = new TempContent(withShippedArticles: false);
        var changes = new ScriptedChanges();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var builder = CreateBuilder(content, data, clock);
        builder.Services.AddSingleton<IContentChangeSource>(changes);
        using var host = builder.Build();
        var reports = WatchReports(host);
        await host.StartAsync();

        foreach (var name in new[] { "one", "two", "three" })
        {
            WriteArticle(content, name);
            changes.Raise();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // A second after the last copy the folder has not been quiet for two: nothing has been reloaded yet.
        Assert.Equal(0, reports.Count);
        clock.Advance(ContentWatcher.Quiet - TimeSpan.FromSeconds(1));
        var report = await reports.First.WaitAsync(SafetyNet);
        await host.StopAsync();

        Assert.True(report.Applied);
        Assert.Equal(["Article one", "Article three", "Article two"], report.ArticlesAdded.Order(StringComparer.Ordinal));
        Assert.Equal("content watcher", report.RequestedBy);
        Assert.Equal(1, reports.Count);
    }

    [Fact]
    public async Task Watch_UsesTheFileSystemWatcher_AndAFileCopiedInIsReloaded()
    {
        using var content = new TempContent(withShippedArticles: false);
        using var data = new TempContent(withShippedArticles: false);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var builder = CreateBuilder(content, data, clock);
        Assert.Equal(typeof(FileSystemChangeSource), builder.Services.Single(d => d.ServiceType == typeof(IContentChangeSource)).ImplementationType);
        var watcher = new Noticing(new FileSystemChangeSource());
        builder.Services.AddSingleton<IContentChangeSource>(watcher);
        using var host = builder.Build();
        var reports = WatchReports(host);
        await host.StartAsync();

        WriteArticle(content, "one");
        // The operating system's event is the signal (the bound is a safety net); then the quiet period passes on the fake clock.
        await watcher.FirstChange.WaitAsync(SafetyNet);
        clock.Advance(ContentWatcher.Quiet);
        var report = await reports.First.WaitAsync(SafetyNet);
        await host.StopAsync();

        Assert.True(report.Applied);
        Assert.Equal(["Article one"], report.ArticlesAdded);
        Assert.Equal("content watcher", report.RequestedBy);
    }

    private static HostApplicationBuilder CreateBuilder(TempContent content, TempContent data, FakeTimeProvider clock)
    {
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Folder,
            ["Content:Watch"] = "true",
            ["Digest:Scheduling"] = "false",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(data.Folder, "bot.db")};Pooling=False",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        return builder;
    }

    private static void WriteArticle(TempContent content, string name) =>
        content.Write($"{name}.md", $"---\ntitle: Article {name}\nauthor: Sam Writer\n---\n\nNorway and Kenya met again to talk about article {name}.\n");

    private static ReportsSeen WatchReports(IHost host)
    {
        var reports = new ReportsSeen();
        host.Services.GetRequiredService<ReloadCoordinator>().Completed += reports.Add;
        return reports;
    }

    /// <summary>How many reloads reported, and the first report as a task.</summary>
    private sealed class ReportsSeen
    {
        private readonly TaskCompletionSource<ReloadReport> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public Task<ReloadReport> First => _first.Task;

        public int Count => Volatile.Read(ref _count);

        public void Add(ReloadReport report)
        {
            Interlocked.Increment(ref _count);
            _first.TrySetResult(report);
        }
    }

    /// <summary>A change source the test drives: each <see cref="Raise"/> is one change under the folder.</summary>
    private sealed class ScriptedChanges : IContentChangeSource
    {
        private Action? _changed;

        public void Raise() => (_changed ?? throw new InvalidOperationException("Nothing is watching.")).Invoke();

        public IDisposable Watch(string folder, Action changed)
        {
            _changed = changed;
            return new Unwatch(() => _changed = null);
        }

        private sealed class Unwatch(Action stop) : IDisposable
        {
            public void Dispose() => stop();
        }
    }

    /// <summary>The real watcher, noting when it first reports a change (after the watcher has taken it).</summary>
    private sealed class Noticing(IContentChangeSource inner) : IContentChangeSource
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstChange => _first.Task;

        public IDisposable Watch(string folder, Action changed) => inner.Watch(folder, () =>
        {
            changed();
            _first.TrySetResult();
        });
    }
}
