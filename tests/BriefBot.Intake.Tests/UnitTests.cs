using System.Net;
using BriefBot.Core.Ingestion;
using BriefBot.Intake.Reading;
using BriefBot.Intake.Storing;
using BriefBot.Content;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Intake.Tests;

public class UrlKeyTests
{
    [Theory]
    [InlineData("https://Example.ORG/a/b?x=1#top", "http://example.org/a/b?x=1")]
    [InlineData("https://example.org:443/a/b?utm_source=s&x=1&utm_campaign=c", "http://example.org:80/a/b?x=1")]
    [InlineData("https://example.org/a/b?gclid=1&fbclid=2&x=1&mc_eid=3", "https://example.org/a/b?x=1")]
    [InlineData("https://example.org/a/b?y=2&x=1", "https://example.org/a/b?x=1&y=2")]
    [InlineData("https://example.org", "https://example.org/")]
    public void SameArticle_SameKey(string a, string b) => Assert.Equal(UrlKey.Of(a), UrlKey.Of(b));

    [Theory]
    [InlineData("https://example.org/a/b", "https://example.org/a/B")]
    [InlineData("https://example.org/a?id=1", "https://example.org/a?id=2")]
    [InlineData("https://example.org/a", "https://example.org:8443/a")]
    [InlineData("https://example.org/a", "https://other.example.org/a")]
    public void DifferentArticles_DifferentKeys(string a, string b) => Assert.NotEqual(UrlKey.Of(a), UrlKey.Of(b));

    [Theory]
    [InlineData("ftp://example.org/a")]
    [InlineData("example.org/a")]
    [InlineData("")]
    public void NotAnHttpLink_HasNoKey(string link) => Assert.Null(UrlKey.Of(link));

    [Fact]
    public void Clean_DropsFragmentAndTracking_KeepsTheRest() =>
        Assert.Equal("https://example.org/a?x=1&y=2", UrlKey.Clean(new Uri("https://example.org/a?utm_source=s&x=1&y=2#f")));
}

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.100.100.200")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fc00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::10.0.0.1")]
    [InlineData("2002:0a00:0001::1")]
    public void PrivateAndSpecialAddresses_AreRefused(string address)
    {
        Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));
        Assert.False(new AddressPolicy(allowPrivate: false).Allows(new IPEndPoint(IPAddress.Parse(address), 80)));
        Assert.True(new AddressPolicy(allowPrivate: true).Allows(new IPEndPoint(IPAddress.Parse(address), 80)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void PublicAddresses_AreAllowed(string address) => Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)));
}

public class ArticleFileNameTests
{
    [Theory]
    [InlineData("Harbour talks: what next?", "harbour-talks-what-next")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "windows-win-ini")]
    [InlineData("Ça déménage à Zürich", "ca-demenage-a-zurich")]
    [InlineData("", "article")]
    [InlineData("...", "article")]
    [InlineData("日本語のタイトル", "article")]
    [InlineData("CON", "article-con")]
    [InlineData(".hidden", "hidden")]
    public void Stem_IsLowerCaseAsciiLettersDigitsAndHyphens(string title, string stem)
    {
        Assert.Equal(stem, ArticleFileNames.Stem(title));
    }

    [Fact]
    public void Stem_IsAtMostEightyCharacters() =>
        Assert.True(ArticleFileNames.Stem(string.Concat(Enumerable.Repeat("word ", 100))).Length <= ArticleFileNames.MaxStem);

    [Fact]
    public void NewPath_StaysInTheFolder_AndSkipsNamesTaken()
    {
        var folder = Directory.CreateTempSubdirectory("briefbot-names").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "talks.txt"), "x");
            var path = ArticleFileNames.NewPath(folder, "talks", new HashSet<string>(["talks-2"], StringComparer.Ordinal));
            Assert.Equal(Path.Combine(folder, "talks-3.md"), path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public class ArticleMarkdownTests
{
    [Fact]
    public void WhatIsWritten_IsReadBackByTheContentParser_AsItWasMeant()
    {
        var article = new ExtractedArticle(
            "Quotes \"inside\", a colon: and a back\\slash\nacross lines",
            ["Ann Example", "Bo Sample"],
            new DateOnly(2024, 5, 6),
            "Site: Name",
            [
                new("# not a heading but a paragraph about the number one"),
                new("- not a list item either, just a dash at the start"),
                new("1. not a numbered item, just a year list"),
                new("A section", IsHeading: true),
                new("An ordinary paragraph\nwrapped over lines."),
            ]);

        var markdown = ArticleMarkdown.Write(article, new AddedFrom("https://example.org/a?x=1", null, null, "console:console", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        var read = ContentFolderReader.Read([KeyValuePair.Create("a.md", System.Text.Encoding.UTF8.GetBytes(markdown))], new ContentReaderOptions());

        var loaded = Assert.Single(read.Articles);
        Assert.Equal("Quotes \"inside\", a colon: and a back\\slash across lines", loaded.Title);
        Assert.Equal(["Ann Example", "Bo Sample"], loaded.Authors);
        Assert.Equal(new DateOnly(2024, 5, 6), loaded.Date);
        Assert.Equal("Site: Name", loaded.Source);
        Assert.Equal("https://example.org/a?x=1", loaded.Url);
        Assert.Equal(
            [
                ("# not a heading but a paragraph about the number one", false),
                ("- not a list item either, just a dash at the start", false),
                ("1. not a numbered item, just a year list", false),
                ("A section", true),
                ("An ordinary paragraph wrapped over lines.", false),
            ],
            loaded.Paragraphs.Select(p => (p.Text, p.IsHeading)));
        Assert.Contains("added_at: \"2025-01-02T03:04:05Z\"\n", markdown, StringComparison.Ordinal);
    }
}

public class IntakeOptionsTests
{
    [Theory]
    [InlineData("Content:MaxFetchBytes", "0", "Content:MaxFetchBytes")]
    [InlineData("Content:FetchTimeout", "00:00:00", "Content:FetchTimeout")]
    [InlineData("Content:FetchTimeout", "01:00:00", "Content:FetchTimeout")]
    public async Task BadLimits_StopTheHostAtStart_WithTheKeyNamed(string key, string value, string named)
    {
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?> { [key] = value, ["Content:Path"] = Path.GetTempPath() });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreFiveMegabytesTwentySecondsAndNoPrivateAddresses()
    {
        using var host = BriefBotHost.CreateBuilder([], []).Build();
        var options = host.Services.GetRequiredService<IOptions<IntakeOptions>>().Value;
        Assert.Equal(5 * 1024 * 1024, options.MaxFetchBytes);
        Assert.Equal(TimeSpan.FromSeconds(20), options.FetchTimeout);
        Assert.False(options.AllowPrivateAddresses);
        _ = host.Services.GetRequiredService<ContentLoader>();
    }
}

public class FeedOptionsTests
{
    [Theory]
    [InlineData("Feeds:PollInterval", "00:00:10", "Feeds:PollInterval")]
    [InlineData("Feeds:PollInterval", "2.00:00:00", "Feeds:PollInterval")]
    [InlineData("Feeds:MaxBackoff", "00:05:00", "Feeds:MaxBackoff")]
    [InlineData("Feeds:MaxItemsPerPoll", "0", "Feeds:MaxItemsPerPoll")]
    public async Task BadFeedSettings_StopTheHostAtStart_WithTheKeyNamed(string key, string value, string named)
    {
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?> { [key] = value, ["Content:Path"] = Path.GetTempPath() });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQuartzJob_PollsFeedsEveryPollInterval_ThirtyMinutesByDefault()
    {
        foreach (var (setting, expected) in new[] { ((string?)null, TimeSpan.FromMinutes(30)), ("00:10:00", TimeSpan.FromMinutes(10)) })
        {
            using var host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Feeds:PollInterval"] = setting }).Build();
            var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

            var trigger = Assert.IsAssignableFrom<Quartz.ISimpleTrigger>(await scheduler.GetTrigger(new Quartz.TriggerKey("poll-feeds", "feeds")));

            Assert.Equal(expected, trigger.RepeatInterval);
            Assert.Equal(new Quartz.JobKey("poll-feeds", "feeds"), trigger.JobKey);
        }
    }
}
