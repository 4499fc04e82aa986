using System.Text.RegularExpressions;
using BriefBot.Core.Extraction;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>Running a name expression only where it can match finds exactly what scanning the whole sentence finds.</summary>
public class RegexWindowTests
{
    private static readonly Regex Apposition = PersonFinder.AppositionStart;

    // The expressions PersonFinder runs, not copies of them: a change to one is tested here as it ships.
    private static readonly Regex NameOfOrganisation = PersonFinder.NameOfOrganisation;

    private static readonly Regex Office = PersonFinder.Office;

    [Theory]
    [InlineData("Anna Berg, a fellow at the Club, and Jon Lie – director of Y – said so.")]
    [InlineData("The well-known Kari Nordmann - an economist - spoke, as did Per Olsen a researcher.")]
    [InlineData("Ola—no spaces; Jane Doe , the expert; Ivan Petrov,a scholar; Ann Lee ,  ")]
    [InlineData("co-author Mary-Jane O’Neill, 52, wrote with Lucía de la Cruz an analyst and A. B. Smith, fellow")]
    [InlineData("the man, a farmer, met Ann Lee a day later; Hans\u00A0Müller, chef, and NATO , EU — and U.N. - officials")]
    [InlineData("Berg’s colleague (Jon Lie), ISS analyst; “Kari Dahl,” a writer, and Sø-Ren Æbelø – a critic")]
    [InlineData("Then came Lucía de la Cruz an analyst; then Jon Lie a writer")]
    [InlineData("")]
    [InlineData("no capitals here, a sentence - with – separators — only")]
    public void SeparatedNames_FindWhatAWholeScanFinds(string text)
    {
        var expected = Apposition.Matches(text).Select(Describe).ToList();
        var found = FoundFrom(at => SeparatedNames.Next(Apposition, text, at));

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("Anna Berg of the Harbour Club said that Jon Lie of University of Oslo, told us and Erik Dahl of Statoil warned.")]
    [InlineData("Members of the Board of Trustees of Acme Corp said so; Kari Nordmann of NUPI said2 nothing")]
    [InlineData("The head of state of France has said; the of of Of; Berg of the the Club said")]
    [InlineData("Jon Lie of Oslo saidx, but Per Olsen of  the  Nordic & Baltic Forum ,  says")]
    [InlineData("O’Neill of Sø-Ren Æbelø Institut warned; Ann Lee\u00A0of Oslo said")]
    [InlineData("Kari Dahl of the Nordic Forum argued that Per Olsen of Acme noted it, and Ann Lee of Oslo believes so")]
    public void NamesOfOrganisations_FindWhatAWholeScanFinds(string text)
    {
        var expected = NameOfOrganisation.Matches(text).Select(Describe).ToList();
        var found = FoundFrom(at => NamesOfOrganisations.Next(NameOfOrganisation, text, at));

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("Yesterday President Anna Berg met Crown Prince Jon Lie.")]
    [InlineData("The Presidential race: ex-President Kari Dahl and Vice-President Per Olsen")]
    [InlineData("Prince, Princess Ann and MP Ola Nordmann")]
    [InlineData("MinisterJon Lie; Minister")]
    [InlineData("nobody in office")]
    [InlineData("Minister of the Interior Jon Lie met Supreme Leader Kari Dahl of Norland and Ambassador Per Olsen")]
    public void OfficeStarts_AreNoLaterThanTheFirstMatch(string text)
    {
        var first = PersonFinder.OfficeStart.First(text);
        var expected = Office.Matches(text).Select(Describe).ToList();
        var found = new List<string>();
        for (var m = first < 0 ? Match.Empty : Office.Match(text, first); m.Success; m = m.NextMatch())
        {
            found.Add(Describe(m));
        }

        Assert.Equal(expected, found);
    }

    private static string Describe(Match m) => $"{m.Index}+{m.Length}:{m.Groups["name"].Value}";

    /// <summary>Every match a window runner finds, each search starting where the last match ended.</summary>
    private static List<string> FoundFrom(Func<int, Match> next)
    {
        var found = new List<string>();
        for (var m = next(0); m.Success; m = next(m.Index + m.Length))
        {
            found.Add(Describe(m));
        }

        return found;
    }
}
