using BriefBot.Core.Briefings;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;

namespace BriefBot.Core.Tests.Briefings;

/// <summary>Readings dated to the day, to the year only, or not at all, side by side.</summary>
public class ReadingDatesTests
{
    private static KnowledgeSnapshot Build() => new CorpusBuilder()
        .Article("fjords", "Fjords and Frigates", ["Astrid Holm, a naval analyst at the Coastal Studies Institute, wrote about the fjords."])
        .Expert("Astrid Holm", ["naval analyst"], ["Coastal Studies Institute"])
        .Reading("Harbours in the Ice", "Astrid Holm", new DateOnly(2021, 4, 2), "fjords", "Astrid Holm")
        .ReadingOfYear("The Northern Watch", "Astrid Holm", 2019, "fjords", "Astrid Holm")
        .Reading("Cold Currents", "Astrid Holm", null, "fjords", "Astrid Holm")
        .Build();

    [Fact]
    public void Briefing_ShowsAYearOnlyReadingWithItsYear_BetweenDatedAndUndatedOnes()
    {
        var snapshot = Build();
        var text = PlainTextRenderer.Render(BriefingComposer.Compose(snapshot, snapshot.Entities.Single(e => e.Name == "Astrid Holm")));

        var dated = text.IndexOf("2 April 2021 — “Harbours in the Ice”", StringComparison.Ordinal);
        var year = text.IndexOf("2019 — “The Northern Watch”", StringComparison.Ordinal);
        var undated = text.IndexOf("“Cold Currents”", StringComparison.Ordinal);
        Assert.True(dated >= 0 && year > dated && undated > year, text);
    }

    [Fact]
    public void Digest_ShowsAYearOnlyReadingWithItsYear()
    {
        var snapshot = Build();
        var digest = DigestComposer.Compose(new DigestRequest(snapshot, [], new HashSet<string>(), new DateOnly(2026, 1, 5), 3));
        var text = PlainTextRenderer.Render(digest.Reply);

        Assert.Contains("2019 — The Northern Watch", text, StringComparison.Ordinal);
        Assert.Contains("undated — Cold Currents", text, StringComparison.Ordinal);
    }
}
