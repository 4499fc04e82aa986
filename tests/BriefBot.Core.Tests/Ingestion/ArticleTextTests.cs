using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>Articles keep their text once; paragraphs and sentences read it back exactly as written.</summary>
public class ArticleTextTests
{
    private static readonly ContentReaderOptions Options = new();

    [Fact]
    public void Read_GivesSentencesThatAreThePartsOfTheirParagraph_InOrder_WithAccentsQuotesAndEmoji()
    {
        using var folder = new TempFolder().Write("accents.txt", """
            Tariffs at Øresund

            Ana Lúcia Brandão said: “The levy – at 3 € – was a mistake.” Critics disagreed. Ports 🚢 reopened!

            Heading Without A Stop

            Mr. Varga’s reply was brief. Then the talks ended.
            """);

        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        var body = article.Paragraphs.Where(p => !p.IsHeading).ToList();
        Assert.Equal(
            ["Ana Lúcia Brandão said: “The levy – at 3 € – was a mistake.”", "Critics disagreed.", "Ports 🚢 reopened!"],
            body[0].Sentences.Select(s => s.Text));
        Assert.Equal("Ana Lúcia Brandão said: “The levy – at 3 € – was a mistake.” Critics disagreed. Ports 🚢 reopened!", body[0].Text);
        Assert.Equal(["Mr. Varga’s reply was brief.", "Then the talks ended."], body[1].Sentences.Select(s => s.Text));
        foreach (var paragraph in article.Paragraphs)
        {
            Assert.Equal(SentenceSplitter.Split(paragraph.Text).Count, paragraph.IsHeading ? 1 : paragraph.Sentences.Count);
            Assert.All(paragraph.Sentences, (s, i) => Assert.Equal((article.Id, paragraph.Index, i), (s.ArticleId, s.Paragraph, s.Index)));
        }
    }

    [Fact]
    public void SentencesAndParagraphs_ReadTwice_AreEqual_AndEqualOnesMadeByHand()
    {
        using var folder = new TempFolder().Write("one.txt", "One\n\nFirst sentence here. Second one “quoted”.\n");
        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        var paragraph = article.Paragraphs[0];
        Assert.Equal(paragraph, article.Paragraphs[0]);
        Assert.Equal(paragraph.Sentences[1], article.Paragraphs[0].Sentences[1]);
        Assert.Equal(new Sentence(article.Id, 0, 1, "Second one “quoted”."), paragraph.Sentences[1]);
        Assert.NotEqual(new Sentence(article.Id, 0, 1, "Second one."), paragraph.Sentences[1]);
        Assert.Equal(new Sentence(article.Id, 0, 1, "Second one “quoted”.").GetHashCode(), paragraph.Sentences[1].GetHashCode());
    }

    [Fact]
    public void Paragraphs_RefuseAnIndexOutsideTheArticle()
    {
        using var folder = new TempFolder().Write("one.txt", "One\n\nOnly sentence.\n");
        var article = Assert.Single(ContentFolderReader.Read(folder.Path, Options).Articles);

        Assert.Throws<ArgumentOutOfRangeException>(() => article.Paragraphs[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => article.Paragraphs[0].Sentences[1]);
    }
}
