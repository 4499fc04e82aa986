using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Pipes and devices are never opened; a file is read only up to the size limit, whatever length it reports.</summary>
public class SpecialFilesTests
{
    [Fact]
    public void AFifoNamedLikeAnArticle_IsRejectedUnopened_AndTheReadEnds()
    {
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Fifo("pipe.md").Fifo("pipe");

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("not a regular file", result.ReasonFor("pipe.md"), StringComparison.Ordinal);
        Assert.Single(result.Rejected);
    }

    [Fact]
    public void ALinkToDevZero_IsRejected_WithoutReadingIt()
    {
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Link("zero.md", "/dev/zero");

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("outside the content folder", result.ReasonFor("zero.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABigFile_IsRejectedAsTooBig_WithTheLimit()
    {
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Write("huge.md", new string('x', 50_000));

        var result = HostileFolder.ReadWithin(folder.Path, new ContentReaderOptions(MaxFileBytes: 10_000));

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("too big", result.ReasonFor("huge.md"), StringComparison.Ordinal);
        Assert.Contains("9.8 KB", result.ReasonFor("huge.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void BoundedRead_StopsAtTheLimit_WhenTheFileIsLongerThanItsReportedLength()
    {
        // A file that grew after its length was taken: the read counts what it gets, not what it was told.
        using var folder = new TempFolder().Write("growing.md", new string('x', 100_000));
        using var handle = File.OpenHandle(Path.Combine(folder.Path, "growing.md"));

        var read = BoundedRead.Read(handle, reportedLength: 10, limit: 50_000);

        Assert.Null(read.Bytes);
        Assert.Contains("too big", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundedRead_ReadsAllOfAFileLongerThanItsReportedLength_WithinTheLimit()
    {
        using var folder = new TempFolder().Write("growing.md", new string('x', 100_000));
        using var handle = File.OpenHandle(Path.Combine(folder.Path, "growing.md"));

        var read = BoundedRead.Read(handle, reportedLength: 0, limit: 200_000);

        Assert.Equal(100_000, read.Length);
        read.Release();
    }
}
