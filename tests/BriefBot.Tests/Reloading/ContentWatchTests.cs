using BriefBot.Core.Reloading;
using BriefBot.Hosting;
using BriefBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Tests.Reloading;

public class ContentWatchTests
{
    [Fact]
    public async Task Watch_ReloadsByItself_AndABatchOfCopiesGivesOneReportWithAllOfThem()
    {
        using var content = new TempContent(withShippedArticles: false);
        using var data = new TempContent(withShippedArticles: false);
        using var host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Folder,
            ["Content:Watch"] = "true",
            ["Digest:Scheduling"] = "false",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(data.Folder, "bot.db")};Pooling=False",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        var reloaded = new TaskCompletionSource<ReloadReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<ReloadCoordinator>().Completed += report => reloaded.TrySetResult(report);
        await host.StartAsync();

        foreach (var name in new[] { "one", "two", "three" })
        {
            content.Write($"{name}.md", $"---\ntitle: Article {name}\nauthor: Sam Writer\n---\n\nNorway and Kenya met again to talk about article {name}.\n");
        }

        var report = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.True(report.Applied);
        Assert.Equal(["Article one", "Article three", "Article two"], report.ArticlesAdded.Order(StringComparer.Ordinal));
        Assert.Equal("content watcher", report.RequestedBy);
    }
}
