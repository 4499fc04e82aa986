using System.Text;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Text saved as UTF-16 with a byte order mark is read; ids that differ only in case are reported, not swapped.</summary>
public class EncodingAndIdsTests
{
    private const string Text = "# Pulwama, after\n\nIndia and Pakistan traded “strikes” in February 2019.\n";

    [Theory]
    [InlineData("UTF-16 little-endian")]
    [InlineData("UTF-16 big-endian")]
    [InlineData("UTF-32 little-endian")]
    [InlineData("UTF-32 big-endian")]
    public void AFileWithAUnicodeByteOrderMark_IsDecoded(string name)
    {
        var encoding = name switch
        {
            "UTF-16 little-endian" => Encoding.Unicode,
            "UTF-16 big-endian" => Encoding.BigEndianUnicode,
            "UTF-32 little-endian" => Encoding.UTF32,
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];
        using var folder = new TempFolder().WriteBytes("pulwama.md", bytes);

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Empty(result.Rejected);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Pulwama, after", article.Title);
        Assert.Contains("“strikes”", article.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenUtf16AfterItsByteOrderMark_IsRejectedWithItsReason()
    {
        using var folder = new TempFolder().WriteBytes("broken.md", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Contains("UTF-16", result.ReasonFor("broken.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFilesWhoseIdsDifferOnlyInCase_AreReported_AndTheSecondIsSkipped()
    {
        using var folder = new TempFolder()
            .Write("post-pulwama.txt", "Post Pulwama\n\nThe first file.\n")
            .Write("POST-PULWAMA.txt", "POST PULWAMA\n\nThe second file.\n");

        var first = HostileFolder.ReadWithin(folder.Path);
        var again = HostileFolder.ReadWithin(folder.Path);

        var kept = Assert.Single(first.Articles);
        var skipped = Assert.Single(first.Rejected);
        Assert.Equal("post-pulwama.txt", kept.Path);
        Assert.NotEqual(kept.Path, skipped.Path);
        Assert.Contains(kept.Path, skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(kept.Path, Assert.Single(again.Articles).Path);
    }
}
