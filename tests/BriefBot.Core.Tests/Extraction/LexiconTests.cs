using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Tests.Gold;
using BriefBot.Quality;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>The word lists are general knowledge: none of them may carry a name or term from the corpora we are scored on.</summary>
public class LexiconTests
{
    [Fact]
    public void GivenNames_ContainNoWordOfAnyPersonInTheGoldFiles()
    {
        var people = new[] { "seeds-gold.json", "dev-gold.json" }
            .SelectMany(f => GoldFile.Load(TestPaths.Gold(f)).People)
            .SelectMany(p => p.Split(' ', '-'))
            .ToList();

        Assert.DoesNotContain(people, Words.GivenNames.Contains);
    }

    [Fact]
    public void WordLists_ContainNoConceptOrTitleFromTheGoldFiles()
    {
        var gold = new[] { "seeds-gold.json", "dev-gold.json" }.Select(f => GoldFile.Load(TestPaths.Gold(f))).ToList();
        var terms = gold.SelectMany(g => g.Concepts.Select(c => c.Name).Concat(g.Readings.Select(r => r.Title))).ToList();
        var lists = new[] { Words.RoleNouns, Words.OfficeWords, Words.OrgHeads, Words.OrgNouns, Words.NeverNameStart, Words.NotAcronyms, Words.GivenNames };

        Assert.DoesNotContain(terms, t => t.Contains(' ', StringComparison.Ordinal) && lists.Any(l => l.Contains(t)));
    }

    [Fact]
    public void Gazetteer_KnowsEveryMemberStateWithDemonymsCapitalsAndAbbreviations()
    {
        Assert.InRange(Gazetteer.Countries.Count, 195, 215);
        Assert.Equal("United States", Gazetteer.Find("U.S.")?.Name);
        Assert.Equal("United States", Gazetteer.Find("Washington")?.Name);
        Assert.Equal("United Kingdom", Gazetteer.Find("UK")?.Name);
        Assert.Equal("United Arab Emirates", Gazetteer.Find("UAE")?.Name);
        Assert.Equal("Soviet Union", Gazetteer.Find("USSR")?.Name);
        Assert.Equal("China", Gazetteer.Find("PRC")?.Name);
        Assert.Equal("Turkey", Gazetteer.Find("Türkiye")?.Name);
        Assert.Equal("Pakistan", Gazetteer.Find("Pakistani")?.Name);
        Assert.Equal("Russia", Gazetteer.Find("Moscow")?.Name);
        Assert.Null(Gazetteer.Find("Eurasia"));
        Assert.DoesNotMatch(new Regex("\\|"), string.Join(";", Gazetteer.Countries.Select(c => c.Name)));
    }
}
