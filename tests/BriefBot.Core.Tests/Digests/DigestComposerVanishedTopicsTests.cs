using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Digests;

public class DigestComposerVanishedTopicsTests
{
    [Fact]
    public void Digest_NamesTopicsThatAReloadRemoved_AndKeepsWorkingOnTheRest()
    {
        var snapshot = SampleCorpus.Build();
        var kenya = snapshot.Entities.Single(e => e.Name == "Kenya").Id;

        var digest = DigestComposer.Compose(new DigestRequest(snapshot, [kenya, "concept:water-wars"], new HashSet<string>(), new DateOnly(2026, 1, 5), 3));
        var text = PlainTextRenderer.Render(digest.Reply);

        Assert.Contains("No longer in the articles: water wars — this digest covers your other topics.", text, StringComparison.Ordinal);
        Assert.NotEmpty(digest.ReadingIds);
    }

    [Fact]
    public void Digest_FallsBackToTheWholeCollection_WhenEveryTopicIsGone()
    {
        var snapshot = SampleCorpus.Build();

        var digest = DigestComposer.Compose(new DigestRequest(snapshot, ["actor:atlantis"], new HashSet<string>(), new DateOnly(2026, 1, 5), 3));
        var text = PlainTextRenderer.Render(digest.Reply);

        Assert.Contains("No longer in the articles: atlantis — this digest covers the whole collection.", text, StringComparison.Ordinal);
        Assert.Equal(3, digest.ReadingIds.Count);
    }
}
