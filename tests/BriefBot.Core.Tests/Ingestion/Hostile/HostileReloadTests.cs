using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>A reload of a folder holding every hostile file at once finishes, reports them, and loads the good articles.</summary>
public class HostileReloadTests
{
    [Fact]
    public async Task Reload_OfAFolderWithEveryHostileFile_LoadsTheGoodArticles_AndReportsTheRest()
    {
        using var outside = new TempFolder().Write("secret.md", HostileFolder.Article("Secret"));
        using var folder = new TempFolder()
            .Write("good-one.md", HostileFolder.Article("Good one"))
            .Write("sub/good-two.txt", "Good two\n\nThe ministers met in Doha and agreed on nothing.\n")
            .Link("passwd.md", "/etc/passwd")
            .Link("zero.md", "/dev/zero")
            .Link("secret.md", Path.Combine(outside.Path, "secret.md"))
            .Link("sub/a", "..")
            .Link("sub/b", "..")
            .Fifo("pipe.md")
            .Write("deep.md", $"---\ntags: {new string('[', 6000)}{new string(']', 6000)}\n---\n# Deep\n\nText.\n")
            .Write("Good-One.md", HostileFolder.Article("Good one, shouted"));
        foreach (var (name, bytes) in HostileFiles.All())
        {
            folder.WriteBytes(name, bytes);
        }

        var holder = new SnapshotHolder();
        var options = new ContentReaderOptions(MaxParallelism: BuildParallelism.BesideAnswers);
        var coordinator = new ReloadCoordinator(holder, () => new KnowledgeBuilder(TimeProvider.System).BuildFromFolder(folder.Path, options), TimeProvider.System);

        var report = await coordinator.ReloadAsync("console:admin").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(report.Applied);
        var ids = holder.Current.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("good-one", ids);
        Assert.Contains("good-two", ids);
        Assert.DoesNotContain("passwd", ids);
        Assert.DoesNotContain("secret", ids);
        Assert.DoesNotContain("zero", ids);
        var rejected = report.Rejected.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in new[] { "passwd.md", "zero.md", "secret.md", "pipe.md", "deep.md", "Good-One.md", "binary.md", "invalid-utf8.txt", "empty.md", "unclosed.md", "new\\nline.md" })
        {
            Assert.Contains(path, rejected);
        }

        var text = PlainTextRenderer.Render(ReloadReportReply.From(report));
        Assert.DoesNotContain("new\nline", text, StringComparison.Ordinal);
    }
}
