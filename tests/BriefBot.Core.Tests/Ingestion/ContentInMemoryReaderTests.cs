using System.Text;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

public class ContentInMemoryReaderTests
{
    private const string Markdown = """
        ---
        title: "Harbour Tolls and the Inland Sea"
        author: Lena Varr
        date: 2022-03-14
        ---

        Tolls rose twice this year. Shippers **noticed** at once.

        ## Further reading

        - 2 May 2021: “Tolls at the narrows” (Lena Varr)
        """;

    private const string PlainText = """
        Grain Corridors
        Source: Coastal Ledger

        Ivo Castel

        The corridor reopened in spring. Insurers returned slowly.
        """;

    [Fact]
    public void ReadInMemory_GivesTheSameArticles_AsReadingTheSameFilesFromDisk()
    {
        using var folder = new TempFolder().Write("tolls.md", Markdown).Write("sub/grain.txt", PlainText);
        var fromDisk = ContentFolderReader.Read(folder.Path, new ContentReaderOptions());

        var fromMemory = ContentFolderReader.Read(
            new Dictionary<string, byte[]>
            {
                ["sub/grain.txt"] = Encoding.UTF8.GetBytes(PlainText),
                ["tolls.md"] = Encoding.UTF8.GetBytes(Markdown),
            },
            new ContentReaderOptions());

        Assert.Equal(2, fromMemory.Articles.Count);
        Assert.Equal(fromDisk.Articles.Select(Describe), fromMemory.Articles.Select(Describe));
    }

    [Fact]
    public void ReadInMemory_RejectsOversizedAndDuplicateFiles_AndIgnoresOtherExtensions()
    {
        var result = ContentFolderReader.Read(
            new Dictionary<string, byte[]>
            {
                ["a/tolls.md"] = Encoding.UTF8.GetBytes(Markdown),
                ["b/tolls.txt"] = Encoding.UTF8.GetBytes(PlainText),
                ["big.txt"] = Encoding.UTF8.GetBytes(new string('x', 2_000)),
                ["notes.pdf"] = [1, 2, 3],
            },
            new ContentReaderOptions(MaxFileBytes: 1_000));

        Assert.Equal(["a/tolls.md"], result.Articles.Select(a => a.Path));
        Assert.Equal(["b/tolls.txt", "big.txt"], result.Rejected.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.Contains("too big", result.Rejected.Single(r => r.Path == "big.txt").Reason, StringComparison.Ordinal);
    }

    private static string Describe(BriefBot.Core.Content.Article a) =>
        $"{a.Id}|{a.Path}|{a.Title}|{string.Join(',', a.Authors)}|{a.Date}|{a.Source}|{a.ContentHash}|"
        + string.Join("/", a.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text));
}
