using BriefBot.Core.Briefings;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Readability;

/// <summary>Issue 18 on hand-written text: definitions that define, sentences that stand alone, quotes, matching, reading.</summary>
public class BriefingReadabilityTests
{
    private static string Brief(KnowledgeSnapshot snapshot, string name) =>
        PlainTextRenderer.Render(BriefingComposer.Compose(snapshot, snapshot.Entities.Single(e => e.Name == name)));

    [Fact]
    public void Concept_ShowsTheSentenceThatSaysWhatItIs_OverOnesThatUseIt()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "River politics", [
                "Ministers from five states argued for hours about the blue bargain and its costs at the summit.",
                "The blue bargain is a deal in which upstream states trade water releases for downstream electricity.",
                "Analysts expect the blue bargain to shape the next decade of talks on the river."])
            .Concept("blue bargain", definition: "Ministers from five states argued for hours about the blue bargain and its costs at the summit.")
            .Build();

        var text = Brief(snapshot, "blue bargain");

        Assert.Contains("Definition: The blue bargain is a deal in which upstream states trade water", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Concept_WithoutADefiningSentence_SaysHowTheArticlesUseIt_AndNeverOpensWithAPronoun()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "River politics", [
                "Ingrid Solberg spoke at length in Oslo about the upper basin and its many dams.",
                "She warned that the quiet bargain between the two capitals could fail within a year.",
                "They say the quiet bargain has kept the peace on the river since the drought."])
            .Expert("Ingrid Solberg")
            .Concept("quiet bargain")
            .Build();

        var text = Brief(snapshot, "quiet bargain");

        Assert.Contains("How the articles use it: [Ingrid Solberg] warned that the quiet bargain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("They say", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Expert_QuotesFullSentencesFirst_FragmentsLast()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "River politics", ["Ingrid Solberg, a senior fellow, spoke about the river and the dams upstream."])
            .Expert("Ingrid Solberg", ["senior fellow"], quotes: ["of the commission’s patience", "the upstream states have never kept a promise about water releases."])
            .Build();

        var text = Brief(snapshot, "Ingrid Solberg");

        Assert.True(
            text.IndexOf("the upstream states have never", StringComparison.Ordinal) < text.IndexOf("of the commission’s patience", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void ActorBriefing_HasViews_OneAttributedSentencePerExpert_WithItsArticle()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "River politics", [
                "Kenya has asked Uganda for more water this year, and the commission has met twice in Kampala.",
                "Ingrid Solberg, a senior fellow at the Northern Water Forum, says Kenya will not sign a treaty before the rains return."])
            .Actor("Kenya")
            .Actor("Uganda")
            .Expert("Ingrid Solberg", ["senior fellow"], ["Northern Water Forum"], ["Nairobi will not sign a treaty before the rains return to the upper basin."])
            .Build();

        var text = Brief(snapshot, "Kenya");

        Assert.Contains("Views:", text, StringComparison.Ordinal);
        Assert.Contains("Ingrid Solberg (Northern Water Forum): “Nairobi will not sign a treaty", text, StringComparison.Ordinal);
        Assert.Contains(" — River politics", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Matcher_AnswersAMisspeltWholeName_OverOrganisationsThatOnlyContainIt()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "A", ["Norway and the Norway Basin Fund and the Norway Water Forum met in Bergen this week."])
            .Actor("Norway")
            .Actor("Norway Basin Fund", ActorKind.Organisation)
            .Actor("Norway Water Forum", ActorKind.Organisation)
            .Build();

        var result = snapshot.Matcher.Match("norwya", EntityKind.Actor);

        Assert.Equal(MatchOutcome.Found, result.Outcome);
        Assert.Equal("Norway", result.Entity!.Name);
        Assert.True(result.Corrected);
    }

    [Fact]
    public async Task ActorCommand_OnAMisspeltName_SaysWhatItShows()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "A", ["Norway and the Norway Water Forum met in Bergen this week to discuss the basin."])
            .Actor("Norway")
            .Actor("Norway Water Forum", ActorKind.Organisation)
            .Build();
        var handler = new EntityCommandHandler(EntityKind.Actor, new FixedSnapshot(snapshot));

        var reply = await handler.HandleAsync(new CommandRequest("actor", "norwya", Context), CancellationToken.None);

        Assert.Contains("Showing Norway for “norwya”.", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_RanksWorksNamingTheTopicFirst_AndPagesWithMore()
    {
        var builder = new CorpusBuilder()
            .Article("a", "Water and power", ["The blue bargain is a deal about water and electricity between states on one river."])
            .Concept("blue bargain");
        for (var i = 0; i < 12; i++)
        {
            builder.Reading($"Dams and budgets, part {i}", "Sam Writer", new DateOnly(2024, 1, 1 + i), "a", "blue bargain");
        }

        builder.Reading("Why the bargain holds", "Ana Lopes", new DateOnly(2019, 5, 1), "a", "blue bargain");
        builder.Reading("The blue bargain revisited", "Ana Lopes", new DateOnly(2018, 5, 1), "a", "blue bargain");
        var handler = new ReadingCommandHandler(new FixedSnapshot(builder.Build()));

        var first = await handler.HandleAsync(new CommandRequest("reading", "blue bargain", Context), CancellationToken.None);
        var more = await handler.HandleAsync(new CommandRequest("reading", "blue bargain more", Context), CancellationToken.None);

        var items = first.Body.OfType<BulletList>().Single().Items.Select(i => i[0].Text).ToList();
        Assert.StartsWith("1 May 2018 — “The blue bargain revisited”", items[0], StringComparison.Ordinal);
        Assert.StartsWith("1 May 2019 — “Why the bargain holds”", items[1], StringComparison.Ordinal);
        Assert.Equal("/reading blue bargain more", Assert.Single(first.Buttons).Command);
        Assert.Equal("Reading on blue bargain (11–14 of 14)", more.Title);
        Assert.Equal(4, more.Body.OfType<BulletList>().Single().Items.Count);
        Assert.Empty(more.Buttons);
    }

    [Fact]
    public void Digest_WhyLines_DifferWhenTheirReasonsDiffer()
    {
        var snapshot = new CorpusBuilder()
            .Article("a", "Water and power: a survey?", ["The blue bargain is a deal about water and electricity between states on one river."])
            .Concept("blue bargain")
            .Reading("The blue bargain revisited", "Ana Lopes", new DateOnly(2018, 5, 1), "a", "blue bargain")
            .Reading("Dams and budgets", "Sam Writer", new DateOnly(2019, 5, 1), "a", "blue bargain")
            .Build();

        var digest = DigestComposer.Compose(new DigestRequest(snapshot, ["concept:blue-bargain"], new HashSet<string>(), new DateOnly(2026, 1, 1), 5, IsPreview: true));

        var items = digest.Reply.Body.OfType<BulletList>().Single().Items.Select(i => string.Concat(i.Select(s => s.Text))).ToList();
        Assert.Equal(2, items.Count);
        Assert.NotEqual(items[0][items[0].LastIndexOf('?')..], items[1][items[1].LastIndexOf('?')..]);
        Assert.All(items, i => Assert.DoesNotContain("?.", i, StringComparison.Ordinal));
    }

    private static readonly CommandContext Context = new("test", "chat", "user", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false, "user");

    private sealed class FixedSnapshot(KnowledgeSnapshot snapshot) : ISnapshotSource
    {
        public KnowledgeSnapshot Current => snapshot;

        public Core.Briefings.ComposedReplies Replies { get; } = new(snapshot);
    }
}
