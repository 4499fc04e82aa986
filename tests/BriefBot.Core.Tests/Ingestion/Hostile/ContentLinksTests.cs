using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Only files inside the content folder are read; links are followed only when they stay inside it.</summary>
public class ContentLinksTests
{
    [Fact]
    public void ALinkToAFileOutsideTheFolder_IsRejected_NotLoaded()
    {
        using var outside = new TempFolder().Write("secret.md", HostileFolder.Article("Secret"));
        using var folder = new TempFolder()
            .Write("good.md", HostileFolder.Article("Good"))
            .Link("passwd.md", "/etc/passwd")
            .Link("secret.md", Path.Combine(outside.Path, "secret.md"));

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("outside the content folder", result.ReasonFor("passwd.md"), StringComparison.Ordinal);
        Assert.Contains("outside the content folder", result.ReasonFor("secret.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToAFolderOutside_IsNotWalked()
    {
        using var outside = new TempFolder().Write("secret.md", HostileFolder.Article("Secret"));
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Link("elsewhere", outside.Path);

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("outside the content folder", result.ReasonFor("elsewhere"), StringComparison.Ordinal);
    }

    [Fact]
    public void LinksThatStayInsideTheFolder_AreFollowed()
    {
        using var folder = new TempFolder()
            .Write("archive/2019/kashmir.md", HostileFolder.Article("Kashmir"))
            .Link("latest.md", "archive/2019/kashmir.md")
            .Link("shelf", "archive/2019");

        var result = HostileFolder.ReadWithin(folder.Path);

        // The folder is walked once, under its own name; the file link is an article of its own name.
        Assert.Equal(["kashmir", "latest"], result.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal("archive/2019/kashmir.md", result.Articles.Single(a => a.Id == "kashmir").Path);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void TwoFolderLinksPointingUp_AreWalkedOnce_AndTheReadEnds()
    {
        using var folder = new TempFolder()
            .Write("top.md", HostileFolder.Article("Top"))
            .Write("sub/inner.md", HostileFolder.Article("Inner"))
            .Link("sub/a", "..")
            .Link("sub/b", "..");

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["sub/inner.md", "top.md"], result.Articles.Select(a => a.Path).Order(StringComparer.Ordinal));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void ALinkThatLeadsNowhere_IsRejectedWithItsReason()
    {
        using var folder = new TempFolder()
            .Write("good.md", HostileFolder.Article("Good"))
            .Link("gone.md", "missing.md")
            .Link("loop.md", "loop.md");

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("link", result.ReasonFor("gone.md"), StringComparison.Ordinal);
        Assert.Contains("link", result.ReasonFor("loop.md"), StringComparison.Ordinal);
    }
}
