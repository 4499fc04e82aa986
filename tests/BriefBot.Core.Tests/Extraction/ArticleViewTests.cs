using System.Text;
using BriefBot.Core.Content;
using BriefBot.Core.Extraction;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Extraction;

public class ArticleViewTests
{
    private const string Text = """
        Harbour Tolls
        Source: Coastal Ledger

        Tolls rose twice this year. “Shippers noticed at once,” said Lena Varr. Insurers   returned slowly.

        The corridor reopened in spring. It closed again. ‘Nobody expected that,’ one broker said.
        """;

    private static ArticleView View() =>
        new(ContentFolderReader.Read(new Dictionary<string, byte[]> { ["tolls.txt"] = Encoding.UTF8.GetBytes(Text) }, new ContentReaderOptions()).Articles[0]);

    private static List<(string Text, int Offset, string Paragraph, int Quotes)> Read(ArticleView view) =>
        view.Paragraphs.SelectMany(p => p.Sentences.Select(s => (s.Text, s.Offset, p.Text, p.Quotes.Length))).ToList();

    [Fact]
    public void Sentences_ReadTheSameTextAndPlace_AfterTheArticleTextIsDropped()
    {
        var view = View();
        var before = Read(view);

        view.ReleaseText();

        Assert.Equal(before, Read(view));
        Assert.All(before, s => Assert.Equal(s.Text, s.Paragraph.Substring(s.Offset, s.Text.Length)));
    }

    [Fact]
    public void Sentence_ReadFirstAfterADrop_IsDecodedAloneWithTheSameText()
    {
        var expected = View().Paragraphs[1].Sentences[1];
        var view = View();
        _ = view.Paragraphs[1].Text; // decodes the paragraph
        view.ReleaseText();

        var sentence = view.Paragraphs[1].Sentences[1];

        Assert.Equal("It closed again.", sentence.Text);
        Assert.Equal(expected.Text, sentence.Text);
        Assert.Equal(expected.Offset, sentence.Offset);
    }

    [Fact]
    public void Sentences_OfAnArticleNotReadFromFiles_AreFoundInTheirParagraph()
    {
        const string paragraph = "Ports 🚢 reopened.  “Slowly,” said Ana. Ports reopened.";
        var sentences = new[] { "Ports 🚢 reopened.", "“Slowly,” said Ana.", "Ports reopened." }
            .Select((text, i) => new Sentence("ports", 0, i, text)).ToList();
        var article = new Article("ports", "Ports", [], null, null, null, [], "ports.txt", [new ArticleParagraph(0, paragraph, false, sentences)], "hash");

        var read = new ArticleView(article).Paragraphs[0].Sentences.Select(s => (s.Text, s.Offset)).ToList();

        Assert.Equal([("Ports 🚢 reopened.", 0), ("“Slowly,” said Ana.", 20), ("Ports reopened.", 40)], read);
    }
}
