using BriefBot.Core.Content;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Each hostile file is rejected with its reason or loaded safely, in bounded time, and the good article still loads.</summary>
public class HostileContentTests
{
    private static ContentLoadResult ReadBesideAGoodArticle(string name, out Article good)
    {
        var (_, bytes) = HostileFiles.All().Single(f => f.Name == name);
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).WriteBytes(name, bytes);
        var result = HostileFolder.ReadWithin(folder.Path);
        good = Assert.Single(result.Articles, a => a.Id == "good");
        return result;
    }

    [Theory]
    [InlineData("binary.md", "binary data")]
    [InlineData("invalid-utf8.txt", "not valid UTF-8")]
    [InlineData("empty.md", "empty")]
    [InlineData("unclosed.md", "no closing '---'")]
    public void ABrokenFile_IsRejectedWithItsReason(string name, string reason)
    {
        var result = ReadBesideAGoodArticle(name, out _);

        Assert.Single(result.Articles);
        Assert.Contains(reason, result.ReasonFor(name), StringComparison.Ordinal);
    }

    [Fact]
    public void ATenThousandCharacterTitle_IsLoadedWhole()
    {
        var result = ReadBesideAGoodArticle("long-title.md", out _);

        Assert.Equal(HostileFiles.LongTitle, result.Articles.Single(a => a.Id == "long-title").Title);
    }

    [Theory]
    [InlineData("quotes.txt")]
    [InlineData("curly-quotes.txt")]
    public void AHundredThousandQuotationMarks_AreReadInBoundedTime(string name)
    {
        var result = ReadBesideAGoodArticle(name, out _);

        Assert.Equal(2, result.Articles.Count + result.Rejected.Count);
    }

    [Theory]
    [InlineData("nested-quote.md")]
    [InlineData("nested-list.md")]
    [InlineData("nested-links.md")]
    [InlineData("nested-emphasis.md")]
    public void MarkdownNestedTenThousandDeep_IsReadInBoundedTime(string name)
    {
        var result = ReadBesideAGoodArticle(name, out _);

        Assert.Equal(2, result.Articles.Count + result.Rejected.Count);
    }

    [Fact]
    public void AFileNameWithALineBreak_IsRejected_AndShownWithoutTheBreak()
    {
        var result = ReadBesideAGoodArticle("new\nline.md", out _);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("new\\nline.md", rejected.Path);
        Assert.Contains("line break", rejected.Reason, StringComparison.Ordinal);
    }
}
