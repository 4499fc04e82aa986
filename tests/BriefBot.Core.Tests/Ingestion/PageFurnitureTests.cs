using BriefBot.Core.Knowledge;
using BriefBot.Core.Tests.Extraction;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>Invented pages in the styles of wire services, broadcasters, newspapers and newsletters, pasted with their clutter.</summary>
public class PageFurnitureTests
{
    // A wire-style report: banners before the title, a glued byline and timestamp, a dateline, video and link widgets,
    // captions with credits, share prompts and a list of other stories.
    private const string WirePage = """
        Skip to main content
        Mekong Talks Stall as Upstream Reservoirs Fill

        We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.

        Subscribe to our newsletter for the latest analysis in your inbox

        By Ana Lindqvist, Tomas Ferreira and Mei Okafor, Globe Wire Updated 0915 GMT (1715 HKT) March 3, 2024 VIENTIANE (Globe Wire) - Negotiators from four riverside states left the Lao capital on Tuesday without an agreement on dry-season water releases.

        JUST IN Farmers block a highway as river levels fall Replay More Videos ... MUST SEE Farmers block a highway as river levels fall 02:14

        "We cannot wait another season for the water," said Peter Lang, a hydrologist at the Tonle Institute in Phnom Penh.

        Related Story Thailand opens a new border crossing for rice traders

        Fishermen haul their nets near Pakse on Monday. PHOTO: GLOBE WIRE

        A dredger works beside the riverbank. Photograph: Ana Lindqvist/Globe Wire

        Image copyright Globe Wire Image caption Myanmar officials inspect a dry channel

        Cambodia asked the Mekong River Commission to publish daily flow data, and Laos said it would consider the request.

        Share this article

        Share news on Telegram

        READ MORE Storm season brings early floods to Malaysia

        Published 3 hours ago

        Background to the dispute

        The four states signed a cooperation agreement in the 1990s.

        More on this story:

        Dam operators promise to share data with Singapore

        Delta rice farmers turn to shrimp as salt water creeps in
        """;

    // A broadcaster-style page: the title repeated with its age, a player notice with a caption, a body byline.
    private const string BroadcastPage = """
        Harbour deal divides the island's parliament

        Harbour deal divides the island's parliament Published duration 5 hours ago Related Topics Ports of the Pacific

        Media playback is unsupported on your device Media caption Fiji's opposition leader on the harbour lease

        Karin Holm, Globe News, Suva

        Lawmakers in Vanuatu argued late into the night over a harbour lease offered to a foreign builder.

        The lease runs for 99 years, said Pita Nakau, a legal scholar at the Pacific Law Centre.
        """;

    // A newspaper page, a newsletter post and a wire story's tail: modification times, credits after captions,
    // sharing and comment prompts, the wire's reporting line, a source line and a list of tags.
    private const string NewsletterPage = """
        The Quiet Rearmament of the Baltic States

        First published on Tue 5 Mar 2024 09.15 GMT

        Last modified on Tue 5 Mar 2024 11.40 GMT

        TALLINN, March 5 (Wire Service) - Estonia will double its artillery budget, the defence ministry said on Tuesday.

        Soldiers unload shells at a depot near Tapa. Photograph: Lena Maar/Wire Service

        Thanks for reading The Northern Brief! Subscribe for free to receive new posts and support my work.

        Latvia and Lithuania are expected to follow with similar plans, according to Oskar Lind, a defence analyst at the Riga Strategy Centre.

        Share

        Leave a comment

        Reporting by Lena Maar; Editing by Tom Brandt

        Source: Wire Service

        Tags: Poland, Finland, Defence spending

        Explore more on these topics

        Download PDF
        """;

    [Fact]
    public void PageFurniture_IsNotContent_OnNewspaperAndNewsletterPages()
    {
        var x = ExtractionFixture.Extract(("baltic.txt", NewsletterPage));
        var article = Read(("baltic.txt", NewsletterPage)).Single();

        Assert.Equal(
            [
                "Estonia will double its artillery budget, the defence ministry said on Tuesday.",
                "Latvia and Lithuania are expected to follow with similar plans, according to Oskar Lind, a defence analyst at the Riga Strategy Centre.",
            ],
            article.Paragraphs.Select(p => p.Text));
        foreach (var name in new[] { "Poland", "Finland", "Wire Service", "Lena Maar", "Tom Brandt", "Northern Brief" })
        {
            Assert.False(x.Has(name), $"{name} comes from page furniture");
        }

        Assert.True(x.Has("Estonia"));
        Assert.True(x.Has("Latvia"));
    }

    [Fact]
    public void PageFurniture_IsNotContent_WhileTheTitleHeadingsAndShortParagraphsStay()
    {
        var article = Read(("wire.txt", WirePage)).Single();

        Assert.Equal("Mekong Talks Stall as Upstream Reservoirs Fill", article.Title);
        var texts = article.Paragraphs.Select(p => p.Text).ToList();
        Assert.StartsWith("Negotiators from four riverside states", texts[0], StringComparison.Ordinal);
        Assert.Contains("Background to the dispute", texts);
        Assert.Contains("The four states signed a cooperation agreement in the 1990s.", texts);
        string[] furniture =
        [
            "cookies", "newsletter", "JUST IN", "Related Story", "PHOTO", "Photograph", "Image caption", "Share",
            "READ MORE", "Published 3 hours", "More on this story", "Dam operators", "Delta rice", "Globe Wire", "Updated",
        ];
        foreach (var text in texts)
        {
            Assert.DoesNotContain(furniture, f => text.Contains(f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PageFurniture_IsNotContent_OnABroadcasterPage()
    {
        var article = Read(("broadcast.txt", BroadcastPage)).Single();

        Assert.Equal(
            [
                "Lawmakers in Vanuatu argued late into the night over a harbour lease offered to a foreign builder.",
                "The lease runs for 99 years, said Pita Nakau, a legal scholar at the Pacific Law Centre.",
            ],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Entities_AreNotFound_InPageFurniture()
    {
        var x = ExtractionFixture.Extract(("wire.txt", WirePage), ("broadcast.txt", BroadcastPage));

        // Named only in widgets, links, captions and credits.
        foreach (var name in new[] { "Thailand", "Myanmar", "Malaysia", "Singapore", "Fiji", "Globe Wire", "Globe News", "Karin Holm", "Ana Lindqvist", "JUST", "MUST" })
        {
            Assert.False(x.Has(name), $"{name} comes from page furniture");
        }

        // Named in the article itself.
        Assert.True(x.Has("Cambodia"));
        Assert.True(x.Has("Vanuatu"));
        Assert.True(x.Has("Peter Lang"));
    }

    [Fact]
    public void TitlesShortRealParagraphsAndQuotedSpeech_InInterfaceWords_AreContent()
    {
        const string page = """
            Advertisement
            Watch Out: Tech Giants Under Pressure in Jakarta

            Share prices fell sharply in Jakarta on Friday.

            Video footage showed police dispersing the crowd.

            "We will continue to support access to free and independent news," the minister said.

            Follow the money, investigators say.
            """;

        var article = Read(("jakarta.txt", page)).Single();

        Assert.Equal("Watch Out: Tech Giants Under Pressure in Jakarta", article.Title);
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void PageFurniture_IsNotContent_InMarkdown()
    {
        const string page = """
            # Grain Ships Return to the Western Ports

            Share this article

            Image caption A freighter waits outside the harbour of Constanta

            Insurers in Romania lowered their premiums after a quiet month at sea.

            ## What comes next

            Read more: Bulgaria plans a new terminal on the coast
            """;

        var article = Read(("grain.md", page)).Single();

        Assert.Equal(
            ["Insurers in Romania lowered their premiums after a quiet month at sea.", "What comes next"],
            article.Paragraphs.Select(p => p.Text));
    }

    private static IReadOnlyList<BriefBot.Core.Content.Article> Read(params (string File, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in files)
        {
            folder.Write(file, text);
        }

        return BriefBot.Core.Ingestion.ContentFolderReader.Read(folder.Path, new BriefBot.Core.Ingestion.ContentReaderOptions()).Articles;
    }
}
