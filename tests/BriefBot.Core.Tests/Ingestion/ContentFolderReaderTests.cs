using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

public class ContentFolderReaderTests
{
    private static readonly ContentReaderOptions Options = new();

    [Fact]
    public void Read_Throws_WhenTheFolderDoesNotExist()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ContentFolderReader.Read("/no/such/folder/anywhere", Options));
    }

    [Fact]
    public void Read_ReturnsNothing_ForAnEmptyFolder()
    {
        using var folder = new TempFolder();
        var result = ContentFolderReader.Read(folder.Path, Options);
        Assert.Empty(result.Articles);
        Assert.Empty(result.Rejected);
    }

    [Theory]
    [InlineData("added_at: \"2026-12-01T09:30:00Z\"", "2026-12-01T09:30:00+00:00")]
    [InlineData("added_at: 2026-12-01T09:30:00Z", "2026-12-01T09:30:00+00:00")]
    [InlineData("added_at: 2026-12-01 11:30:00+02:00", "2026-12-01T09:30:00+00:00")]
    [InlineData("added_at: not a time", null)]
    [InlineData("", null)]
    public void Read_TakesWhenAnAdminAddedTheArticle_FromAddedAt(string line, string? expected)
    {
        using var folder = new TempFolder().Write("added.md", $"---\ntitle: Added\n{line}\n---\n\nSome text about ports and grids.\n");

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.AddedAt);
    }

    [Fact]
    public void Read_ParsesMarkdownFrontMatter_WithAuthorListDateSourceUrlAndTags()
    {
        using var folder = new TempFolder().Write("Baltic-Ports.md", """
            ---
            title: "Baltic Ports: Who Pays for the Grid?"
            author: [Ingrid Solberg, Tomasz Nowak]
            date: 2023-04-09
            source: Northern Ledger
            url: https://example.org/baltic
            tags: [energy, Baltic]
            ---

            Ports along the coast are **rewiring** fast. See [the map](https://example.org/map) for details.

            ## What changes

            - 2 May 2022: “Cables under the sea” (Ingrid Solberg)
            - 5 May 2022: “Grid money” (Tomasz Nowak)
            """);

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        Assert.Equal("baltic-ports", article.Id);
        Assert.Equal("Baltic-Ports.md", article.Path);
        Assert.Equal("Baltic Ports: Who Pays for the Grid?", article.Title);
        Assert.Equal(["Ingrid Solberg", "Tomasz Nowak"], article.Authors);
        Assert.Equal(new DateOnly(2023, 4, 9), article.Date);
        Assert.Equal("Northern Ledger", article.Source);
        Assert.Equal("https://example.org/baltic", article.Url);
        Assert.Equal(["energy", "Baltic"], article.Tags);
        Assert.Equal("Ports along the coast are rewiring fast. See the map for details.", article.Paragraphs[0].Text);
        Assert.Equal(2, article.Paragraphs[0].Sentences.Count);
        Assert.True(article.Paragraphs[1].IsHeading);
        Assert.Equal("What changes", article.Paragraphs[1].Text);
        Assert.Equal("2 May 2022: “Cables under the sea” (Ingrid Solberg)", article.Paragraphs[2].Text);
        Assert.Equal("5 May 2022: “Grid money” (Tomasz Nowak)", article.Paragraphs[3].Text);
        Assert.Equal(64, article.ContentHash.Length);
    }

    [Fact]
    public void Read_TakesTheAuthorAsAStringAndTheTitleFromTheFirstHeading_WhenFrontMatterHasNoTitle()
    {
        using var folder = new TempFolder().Write("a.markdown", "---\nauthor: Ana Beltrán\n---\n# Andean Water Wars\n\nRivers matter.\n");
        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);
        Assert.Equal("Andean Water Wars", article.Title);
        Assert.Equal(["Ana Beltrán"], article.Authors);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_ParsesPastedPlainText_WithTitleSourceBylineHeadingsAndTypographicQuotes()
    {
        using var folder = new TempFolder().Write("sahel.txt", """
            The Sahel’s new security map

            Source: Desert Wire

            By Amadou Diallo

            Juntas in the region talk of “sovereign security” and mean it.

            A crowded field

            Mali and Niger left the bloc. “We chose our partners,” an official said.
            """);

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        Assert.Equal("The Sahel’s new security map", article.Title);
        Assert.Equal("Desert Wire", article.Source);
        Assert.Equal(["Amadou Diallo"], article.Authors);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Contains("“sovereign security”", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.True(article.Paragraphs[1].IsHeading);
        Assert.Equal("A crowded field", article.Paragraphs[1].Text);
        Assert.False(article.Paragraphs[2].IsHeading);
        Assert.Equal(2, article.Paragraphs[2].Sentences.Count);
    }

    [Fact]
    public void Read_JoinsATitleBrokenOverTwoLines_AndTakesANameAloneAsByline()
    {
        using var folder = new TempFolder().Write("mekong.txt", """
            Dams, Deltas and the Long Quarrel over
            the Mekong River
            Nguyen Thi Lan

            Water is politics in the delta.
            """);

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        Assert.Equal("Dams, Deltas and the Long Quarrel over the Mekong River", article.Title);
        Assert.Equal(["Nguyen Thi Lan"], article.Authors);
        Assert.Equal("Water is politics in the delta.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void Read_TakesTheAuthorFromAClosingBioLine_WhenThereIsNoByline()
    {
        using var folder = new TempFolder().Write("arctic.txt", """
            Arctic shipping lanes open up

            Ice is melting and routes are shifting.

            Sigrid Halvorsen is an Oslo-based analyst and writer.
            """);

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);
        Assert.Equal(["Sigrid Halvorsen"], article.Authors);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Read_RejectsBrokenFilesWithReasons_AndStillLoadsTheRest()
    {
        using var folder = new TempFolder()
            .Write("good.txt", "A fine title\n\nSome text.\n")
            .WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A])
            .WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72, 0x0A])
            .Write("big.md", new string('x', 2048))
            .Write("empty.txt", "  \n\n ")
            .Write("bad-yaml.md", "---\ntitle: [unclosed\nauthor: x\n---\nBody text.\n")
            .Write("unclosed.md", "---\ntitle: No end\n\nBody text.\n")
            .Write("notes.pdf", "ignored");

        var result = ContentFolderReader.Read(folder.Path, new ContentReaderOptions(MaxFileBytes: 1024));

        Assert.Equal("good", Assert.Single(result.Articles).Id);
        var reasons = result.Rejected.ToDictionary(r => r.Path, r => r.Reason);
        Assert.Equal(["bad-yaml.md", "big.md", "binary.txt", "empty.txt", "latin1.txt", "unclosed.md"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("binary", reasons["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("UTF-8", reasons["latin1.txt"], StringComparison.Ordinal);
        Assert.Contains("too big", reasons["big.md"], StringComparison.Ordinal);
        Assert.Contains("empty", reasons["empty.txt"], StringComparison.Ordinal);
        Assert.Contains("YAML", reasons["bad-yaml.md"], StringComparison.Ordinal);
        Assert.Contains("closing", reasons["unclosed.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OrdersByPath_IgnoresHiddenFiles_AndRejectsADuplicateId()
    {
        using var folder = new TempFolder()
            .Write("b.txt", "Bee\n\nText.\n")
            .Write("a.md", "# Ay\n\nText.\n")
            .Write("sub/B.md", "# Other bee\n\nText.\n")
            .Write(".hidden.md", "# Hidden\n\nText.\n");

        var result = ContentFolderReader.Read(folder.Path, Options);

        Assert.Equal(["a", "b"], result.Articles.Select(a => a.Id));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("sub/B.md", rejected.Path);
        Assert.Contains("b.txt", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoadsTheSeedCorpus_WithTitlesAuthorsAndHeadings()
    {
        var result = ContentFolderReader.Read(TestPaths.SeedCorpus, Options);

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Articles.Count);
        Assert.All(result.Articles, a => Assert.NotEmpty(a.Authors));
        var withSource = result.Articles.Single(a => a.Source is not null);
        var withHeadings = result.Articles.Single(a => a.Source is null);
        Assert.Equal(withSource.Authors[0], withHeadings.Authors[0]);
        Assert.DoesNotContain(withSource.Paragraphs, p => p.IsHeading);
        Assert.Equal(6, withHeadings.Paragraphs.Count(p => p.IsHeading));
        Assert.DoesNotContain(withHeadings.Paragraphs, p => p.IsHeading && StartsWithDigit(p.Text));
        Assert.Equal(20, withHeadings.Paragraphs.Count(p => StartsWithDigit(p.Text)));
    }

    [Fact]
    public void Read_LoadsTheDevCorpus_InBothFormats()
    {
        var result = ContentFolderReader.Read(TestPaths.DevCorpus, Options);

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Articles.Count);
        var md = result.Articles.Single(a => a.Path.EndsWith(".md", StringComparison.Ordinal));
        Assert.NotNull(md.Date);
        Assert.NotEmpty(md.Tags);
        Assert.Equal(3, md.Paragraphs.Count(p => p.IsHeading));
        var txt = result.Articles.Single(a => a.Path.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Single(txt.Authors);
        Assert.DoesNotContain(txt.Paragraphs, p => p.IsHeading);
    }

    private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsDigit(text[0]);

    [Theory]
    [InlineData("By Jane Okoro | 12 March 2023", "Jane Okoro")]
    [InlineData("By Jane Okoro — Lagos Ledger", "Jane Okoro")]
    [InlineData("By Jane Okoro, Senior Fellow", "Jane Okoro")]
    [InlineData("Written by Jane Okoro and Kofi Mensah", "Jane Okoro;Kofi Mensah")]
    public void Read_TakesOnlyTheNamesFromABylineWithExtras(string byline, string expected)
    {
        using var folder = new TempFolder().Write("a.txt", $"Delta Oil\n\n{byline}\n\nThe delta burns.\n");
        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);
        Assert.Equal(expected.Split(';'), article.Authors);
    }
}
