using BriefBot.Core.Subscriptions;
using BriefBot.Digests;
using BriefBot.Intake.Tests.Support;
using BriefBot.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Intake.Tests;

/// <summary>A chat's digest after a feed poll: the articles added since its previous digest that concern its topics come first.</summary>
public sealed class FeedDigestTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _sender = new();
    private ArticleSite _site = null!;

    public async Task InitializeAsync() => _site = await ArticleSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DigestAfterAFeedPoll_LeadsWithTheNewArticlesOnTheChatsTopics_AndTheNextDigestDoesNotRepeatThem()
    {
        using var host = new IntakeHost(services: s =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.AddSingleton<BriefBot.Core.Delivery.IChatSender>(_sender);
        });
        // An article an admin dropped in the folder long ago: the chat can follow Norway, and it is not new.
        var older = FeedStories.About("Norway", "Sweden", "Ingrid Halvorsen", "Nordic Affairs Council", "border fisheries");
        await File.WriteAllTextAsync(Path.Combine(host.Folder, "border-fisheries.md"), "---\ntitle: Border fisheries in the north\n---\n\n" + string.Join("\n\n", older) + "\n");
        await host.AsAdminAsync("/reload");
        Assert.StartsWith("Subscribed", (await host.AsUserAsync("/subscribe Norway at 08:00")).Text().Trim(), StringComparison.Ordinal);

        var feed = new TestFeed(atom: false);
        _site.Map("/feed.xml", feed.HandleAsync);
        _site.Page("/harbour.html", TestArticles.Page());
        _site.Page("/grain.html", TestArticles.Page("Grain corridor talks resume", FeedTests.Grain));
        feed.Add(
            new TestEntry("item-1", TestArticles.Title, _site.Url("harbour.html").AbsoluteUri),
            new TestEntry("item-2", "Grain corridor talks resume", _site.Url("grain.html").AbsoluteUri));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Contains("Added 2 articles", (await host.AsAdminAsync($"/feeds add {_site.Url("feed.xml")}")).Text(), StringComparison.Ordinal);

        var preview = (await host.AsUserAsync("/digest")).Text();
        Assert.Contains("1 new article since your last digest:", preview, StringComparison.Ordinal);
        Assert.Contains($"{TestArticles.Title} — The Northern Ledger — Names Norway", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Grain corridor", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Border fisheries in the north —", preview, StringComparison.Ordinal);
        Assert.True(preview.IndexOf(TestArticles.Title, StringComparison.Ordinal) < preview.IndexOf("Briefing of the day", StringComparison.Ordinal));

        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = (await store.FindAsync("telegram", IntakeHost.User.ChatId, CancellationToken.None))!;
        var deliverer = host.Services.GetRequiredService<DigestDeliverer>();
        _time.Advance(TimeSpan.FromHours(1));
        await deliverer.DeliverAsync(subscription.Id, new DateOnly(2026, 12, 1), CancellationToken.None);
        var first = Assert.Single(_sender.Sent).Text;
        Assert.Contains("1 new article since your last digest:", first, StringComparison.Ordinal);
        Assert.Contains(TestArticles.Title, first, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(1));
        await deliverer.DeliverAsync(subscription.Id, new DateOnly(2026, 12, 2), CancellationToken.None);
        Assert.Equal(2, _sender.Sent.Count);
        Assert.DoesNotContain("new article", _sender.Sent[1].Text, StringComparison.Ordinal);
    }
}
