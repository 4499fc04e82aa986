using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>Front matter in the shapes people write it, read into the article's fields.</summary>
public class FrontMatterFieldsTests
{
    private static ContentLoadResult Read(string frontMatter)
    {
        using var folder = new TempFolder().Write("a.md", $"---\n{frontMatter}\n---\n\nThe body says something.\n");
        return ContentFolderReader.Read(folder.Path, new ContentReaderOptions());
    }

    private static Article ReadOne(string frontMatter) => Assert.Single(Read(frontMatter).Articles);

    [Theory]
    [InlineData("title: Plain Words\nauthor: Jane Doe", "Plain Words", "Jane Doe")]
    [InlineData("title: \"Tolls: A Reckoning\"\nauthors: [Jane Doe, Omar Haddad]", "Tolls: A Reckoning", "Jane Doe|Omar Haddad")]
    [InlineData("title: 'It''s Quoted'\nauthors:\n  - Jane Doe\n  - Omar Haddad", "It's Quoted", "Jane Doe|Omar Haddad")]
    [InlineData("title: >\n  Folded Over\n  Two Lines\nby: Jane Doe # a comment", "Folded Over Two Lines", "Jane Doe")]
    [InlineData("{title: Flow Style, author: Jane Doe}", "Flow Style", "Jane Doe")]
    [InlineData("writer: &w Jane Doe\nauthor: *w\ntitle: Anchored", "Anchored", "Jane Doe")]
    [InlineData("title: first\ntitle: Second Wins\nauthor: ~", "Second Wins", "")]
    public void FrontMatter_InEveryUsualShape_GivesTitleAndAuthors(string yaml, string title, string authors)
    {
        var article = ReadOne(yaml);

        Assert.Equal(title, article.Title);
        Assert.Equal(authors, string.Join("|", article.Authors));
    }

    [Fact]
    public void FrontMatter_ReadsDateSourceUrlAndTags()
    {
        var article = ReadOne("title: T\ndate: 2021-06-30\nsource: Coastal Ledger\nurl: https://example.org/a?b=c\ntags: [ports, tolls]");

        Assert.Equal(new DateOnly(2021, 6, 30), article.Date);
        Assert.Equal("Coastal Ledger", article.Source);
        Assert.Equal("https://example.org/a?b=c", article.Url);
        Assert.Equal(["ports", "tolls"], article.Tags);
    }

    [Theory]
    [InlineData("title: [unclosed\nauthor: x")]
    [InlineData("just a scalar")]
    [InlineData("- a\n- b")]
    [InlineData("title: x\n  bad: indentation")]
    public void FrontMatter_ThatIsNotAMappingOfFields_RejectsTheFileSayingItIsNotValidYaml(string yaml)
    {
        var result = Read(yaml);

        Assert.Empty(result.Articles);
        Assert.Contains("not valid YAML", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }
}
