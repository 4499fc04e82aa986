using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>What of a Markdown file reaches extraction and search: the prose a reader sees, and nothing of its markup.</summary>
public class MarkdownArticleTests
{
    private static readonly ContentReaderOptions Options = new();

    private static Article Read(string markdown)
    {
        using var folder = new TempFolder().Write("a.md", markdown);
        return Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);
    }

    private static List<string> Texts(Article article) => article.Paragraphs.Select(p => p.Text).ToList();

    [Fact]
    public void ReferenceLinks_KeepTheirText_AndTheirDefinitionsAreDropped()
    {
        var article = Read("# Ports\n\nThe [harbour board][hb] met on [Tuesday].\n\n[hb]: https://example.org/board \"Board\"\n[Tuesday]: https://example.org/t\n");

        Assert.Equal(["The harbour board met on Tuesday."], Texts(article));
    }

    [Fact]
    public void HtmlEntities_AreDecoded()
    {
        var article = Read("# Trade\n\nTariffs &amp; quotas rose &mdash; again&nbsp;&quot;soon&quot;.\n");

        Assert.Equal(["Tariffs & quotas rose — again\u00a0\"soon\"."], Texts(article));
    }

    [Fact]
    public void PipeTables_IndentedCode_AndFencedCode_AreNotArticleText()
    {
        var article = Read("# Grain\n\nExports fell.\n\n| Year | Tonnes |\n| --- | --- |\n| 2020 | 40 |\n\n    var x = 1;\n\n```\ncode here\n```\n\nImports rose.\n");

        Assert.Equal(["Exports fell.", "Imports rose."], Texts(article));
    }

    [Fact]
    public void AnHtmlCommentOverSeveralLines_IsDropped_AndHtmlBlocksKeepOnlyTheirText()
    {
        var article = Read("# Rivers\n\n<!-- editor's note\nnot for print\n-->\n\n<div class=\"box\">\n<p>The delta flooded.</p>\n</div>\n\nThe dam held.\n");

        Assert.Equal(["The delta flooded.", "The dam held."], Texts(article));
    }

    [Fact]
    public void Footnotes_LoseTheirMarks_AndTheirTextComesAfterTheBody()
    {
        var article = Read("# Straits\n\nThe strait was closed twice.[^1]\n\n[^1]: See Mara Quell, “Closed waters”, 2019.\n");

        Assert.Equal(["The strait was closed twice.", "See Mara Quell, “Closed waters”, 2019."], Texts(article));
    }

    [Fact]
    public void ListItems_AreParagraphs_EmphasisAndInlineCodeKeepTheirWords_ImagesGo()
    {
        var article = Read("# Notes\n\n- **First** point, with `code`.\n- Second ![chart](c.png) point\n  carried on.\n\n> A *quoted* line.\n");

        Assert.Equal(["First point, with code.", "Second point carried on.", "A quoted line."], Texts(article));
    }

    [Fact]
    public void Headings_AreHeadingParagraphs_AndTheFirstHashHeadingIsTheTitle()
    {
        var article = Read("# The Title\n\nIntro text.\n\nBackground\n----------\n\nMore text.\n\n### Detail &amp; more\n\nEnd.\n");

        Assert.Equal("The Title", article.Title);
        Assert.Equal([false, true, false, true, false], article.Paragraphs.Select(p => p.IsHeading).ToList());
        Assert.Equal("Detail & more", article.Paragraphs[3].Text);
    }

    [Fact]
    public void LinksNestedThousandsDeep_AreReadAsLiteralBrackets()
    {
        var article = Read($"# Deep\n\n{new string('[', 5_000)}x{string.Concat(Enumerable.Repeat("](u)", 5_000))}\n");

        Assert.Contains("x", Assert.Single(article.Paragraphs).Text, StringComparison.Ordinal);
    }
}
