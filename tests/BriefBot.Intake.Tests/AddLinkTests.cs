using System.Net;
using BriefBot.Core.Replies;
using BriefBot.Intake.Tests.Support;
using BriefBot.Testing.Web;

namespace BriefBot.Intake.Tests;

/// <summary>/add URL through the real router and host graph, against a web site on loopback.</summary>
public sealed class AddLinkTests : IAsyncLifetime
{
    private ArticleSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await ArticleSite.StartAsync();
        _site.Page("/article.html", TestArticles.Page());
        _site.Page("/world", TestArticles.NoArticlePage);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Add_StoresOneMarkdownFile_WithoutThePagesFurniture_AndAnswersFromItAtOnce()
    {
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {_site.Url("article.html")}");

        var text = reply.Text();
        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Contains($"Added: {TestArticles.Title}", text, StringComparison.Ordinal);
        Assert.Contains("Experts (", text, StringComparison.Ordinal);
        Assert.Contains(TestArticles.Expert, text, StringComparison.Ordinal);
        Assert.Contains("Actors (", text, StringComparison.Ordinal);
        Assert.Contains("Norway", text, StringComparison.Ordinal);

        var (name, stored) = Assert.Single(host.Files());
        Assert.Equal("harbour-talks-stall-as-fishing-quotas-divide-the-north.md", name);
        Assert.StartsWith("---\n", stored, StringComparison.Ordinal);
        Assert.Contains($"title: \"{TestArticles.Title}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains($"author: \"{TestArticles.Author}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains("date: 2025-03-14\n", stored, StringComparison.Ordinal);
        Assert.Contains("source: \"The Northern Ledger\"\n", stored, StringComparison.Ordinal);
        Assert.Contains($"url: \"{_site.Url("article.html")}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains("added_by: \"telegram:100 (alice)\"\n", stored, StringComparison.Ordinal);
        Assert.Matches(@"added_at: ""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ""\n", stored);
        Assert.Contains("managed scarcity", stored, StringComparison.Ordinal);
        foreach (var furniture in TestArticles.Furniture)
        {
            Assert.DoesNotContain(furniture, stored, StringComparison.Ordinal);
        }

        var expert = (await host.AsAdminAsync("/expert Vantari")).Text();
        Assert.Contains("Coastal Security Institute", expert, StringComparison.Ordinal);
        var search = await host.AsUserAsync("/search fishing quotas");
        Assert.Equal(ReplyStatus.Ok, search.Status);
        Assert.Contains(TestArticles.Title, search.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameLinkAgain_AfterNormalising_AnswersAlreadyAdded_FetchesNothing_AndChangesNothing()
    {
        using var host = new IntakeHost();
        await host.AsAdminAsync($"/add {_site.Url("article.html?utm_source=feed&id=7")}");
        var before = host.Files();

        var again = new[]
        {
            $"/add {_site.Url("article.html?id=7")}",
            $"/add {_site.Url("article.html?utm_medium=social&id=7&fbclid=xyz#comments")}",
            $"/add {_site.Url("article.html?id=7").AbsoluteUri.Replace("http://127.0.0.1", "HTTPS://127.0.0.1", StringComparison.Ordinal)}",
        };
        foreach (var line in again)
        {
            var reply = await host.AsAdminAsync(line);
            Assert.Contains($"Already added: “{TestArticles.Title}”", reply.Text(), StringComparison.Ordinal);
        }

        Assert.Equal(before, host.Files());
        Assert.Single(_site.Requests, r => r.StartsWith("/article.html", StringComparison.Ordinal));
        Assert.Contains($"url: \"{_site.Url("article.html?id=7")}\"", Assert.Single(before).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageWithNoArticleText_IsRefusedInOneSentence_AndNothingIsStored()
    {
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {_site.Url("world")}");

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Equal("I found no article text on that page, so I stored nothing.", reply.Text().Trim());
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task NonAdmin_IsRefused_AndNothingIsFetched()
    {
        using var host = new IntakeHost();

        var reply = await host.AsUserAsync($"/add {_site.Url("article.html")}");

        Assert.Equal(ReplyStatus.Refused, reply.Status);
        Assert.Empty(_site.Requests);
        Assert.Empty(host.Files());
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/article.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:70/")]
    public async Task OnlyHttpAndHttpsLinks_AreFetched(string link)
    {
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {link}");

        Assert.Equal("I only fetch http and https links, written in full (https://...).", reply.Text().Trim());
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task LoopbackAddress_IsRefusedUnlessAllowed_AndNoRequestArrives()
    {
        using var host = new IntakeHost(allowPrivate: false);

        var byAddress = await host.AsAdminAsync($"/add {_site.Url("article.html")}");
        var byName = await host.AsAdminAsync($"/add http://localhost:{_site.Port}/article.html");

        Assert.Contains("loopback, private, link-local or metadata address", byAddress.Text(), StringComparison.Ordinal);
        Assert.Contains("loopback, private, link-local or metadata address", byName.Text(), StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
        Assert.Empty(host.Files());
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.20.30.40/internal")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    public async Task RedirectToAPrivateAddress_IsRefused_WhenPrivateAddressesAreNotAllowed(string target)
    {
        _site.Redirect("/moved", target);
        // The site itself is on loopback: let exactly its endpoint through, as if it were a public server.
        using var host = new IntakeHost(allowPrivate: false, exempt: new IPEndPoint(IPAddress.Loopback, _site.Port));

        var reply = await host.AsAdminAsync($"/add {_site.Url("moved")}");

        Assert.Contains("it is a loopback, private, link-local or metadata address", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(["/moved"], _site.Requests);
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task Redirects_AreFollowedUpToFive_AndASixthIsRefused()
    {
        for (var i = 1; i <= 5; i++)
        {
            _site.Redirect($"/five{i}", i < 5 ? $"/five{i + 1}" : "/article.html", i % 2 == 0 ? 301 : 307);
            _site.Redirect($"/six{i}", $"/six{i + 1}");
        }

        _site.Redirect("/six6", "/article.html");
        using var host = new IntakeHost();

        var six = await host.AsAdminAsync($"/add {_site.Url("six1")}");
        var five = await host.AsAdminAsync($"/add {_site.Url("five1")}");

        Assert.Equal("That link redirects more than 5 times, so I stopped following it.", six.Text().Trim());
        Assert.DoesNotContain("/article.html", _site.Requests.TakeWhile(r => !r.StartsWith("/five", StringComparison.Ordinal)));
        Assert.Equal(ReplyStatus.Ok, five.Status);
        Assert.Single(host.Files());
    }

    [Fact]
    public async Task LinkRedirectingToAnArticleAlreadyAdded_AnswersAlreadyAdded()
    {
        _site.Redirect("/short", "/article.html", 301);
        using var host = new IntakeHost();
        await host.AsAdminAsync($"/add {_site.Url("article.html")}");

        var reply = await host.AsAdminAsync($"/add {_site.Url("short")}");

        Assert.Equal($"Already added: “{TestArticles.Title}”, in harbour-talks-stall-as-fishing-quotas-divide-the-north.md. I changed nothing.", reply.Text().Trim());
        Assert.Single(host.Files());
    }

    [Fact]
    public async Task RedirectToAnotherScheme_IsRefused()
    {
        _site.Redirect("/to-file", "file:///etc/passwd");
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {_site.Url("to-file")}");

        Assert.Equal("That link redirects to something other than an http or https address, so I stopped.", reply.Text().Trim());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FiftyMegabytePage_IsRefusedAtTheLimit_AndNeverFullyRead(bool declareLength)
    {
        const long fifty = 50L * 1024 * 1024;
        var huge = _site.Huge(fifty, declareLength);
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {huge}");

        Assert.Equal("That page is larger than 5 MB, the most I fetch.", reply.Text().Trim());
        Assert.True(_site.HugeBytesWritten < fifty, $"the site wrote {_site.HugeBytesWritten} bytes");
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task SlowPage_IsGivenUpAtTheConfiguredTimeout()
    {
        _site.Never("/slow");
        using var host = new IntakeHost(fetchTimeout: "00:00:00.3");

        var reply = await host.AsAdminAsync($"/add {_site.Url("slow")}");

        Assert.Equal("The page did not arrive within 0.3 s, so I gave up on it.", reply.Text().Trim());
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task ErrorStatus_IsRefusedWithTheStatus()
    {
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {_site.Url("missing")}");

        Assert.Equal("The page answered 404 Not Found, not an article.", reply.Text().Trim());
    }

    [Fact]
    public async Task TwoArticlesWithTheSameTitle_GetTwoFiles()
    {
        _site.Page("/other.html", TestArticles.Page(paragraphs: TestArticles.Paragraphs.Reverse()));
        using var host = new IntakeHost();

        await host.AsAdminAsync($"/add {_site.Url("article.html")}");
        var second = await host.AsAdminAsync($"/add {_site.Url("other.html")}");

        Assert.Equal(ReplyStatus.Ok, second.Status);
        Assert.Equal(
            ["harbour-talks-stall-as-fishing-quotas-divide-the-north-2.md", "harbour-talks-stall-as-fishing-quotas-divide-the-north.md"],
            host.Files().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PdfServedByLink_IsReadAndStored_AndAnsweredFromAtOnce()
    {
        _site.Bytes("/papers/harbour-report", TestDocuments.Pdf(), "application/pdf");
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync($"/add {_site.Url("papers/harbour-report")}");

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Contains($"Added: {TestArticles.Title}", reply.Text(), StringComparison.Ordinal);
        var (name, stored) = Assert.Single(host.Files());
        Assert.Equal("harbour-talks-stall-as-fishing-quotas-divide-the-north.md", name);
        Assert.Contains($"author: \"{TestArticles.Author}\"", stored, StringComparison.Ordinal);
        Assert.Contains($"url: \"{_site.Url("papers/harbour-report")}\"", stored, StringComparison.Ordinal);
        Assert.Contains("managed scarcity", stored, StringComparison.Ordinal);
        Assert.Contains("Coastal Security Institute", (await host.AsUserAsync("/expert Vantari")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameArticleAtTwoUnrelatedLinks_IsStoredOnce_AndTheSecondNamesTheFileThatHasIt()
    {
        await using var mirror = await ArticleSite.StartAsync();
        var dressedOtherwise = TestArticles.Page()
            .Replace("The Northern Ledger", "Fjord Weekly", StringComparison.Ordinal)
            .Replace("Most read this week", "Editor's picks", StringComparison.Ordinal);
        mirror.Page("/2025/03/quotas-story", dressedOtherwise);
        using var host = new IntakeHost();
        await host.AsAdminAsync($"/add {_site.Url("article.html")}");

        var again = await host.AsAdminAsync($"/add {mirror.Url("2025/03/quotas-story?ref=front")}");

        Assert.Equal(
            $"Already added: “{TestArticles.Title}”, in harbour-talks-stall-as-fishing-quotas-divide-the-north.md. I changed nothing.",
            again.Text().Trim());
        Assert.Single(host.Files());
        Assert.Single(mirror.Requests);
    }
}
