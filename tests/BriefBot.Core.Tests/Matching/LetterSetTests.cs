using BriefBot.Core.Matching;
using BriefBot.Core.Text;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Matching;

/// <summary>The letter test never turns away a name within the typos allowed; it only spares the edit distance.</summary>
public class LetterSetTests
{
    private const string Letters = "aeinrst ü-1";

    [Property(MaxTest = 3000)]
    public void MayBeWithin_HoldsForEveryPairWithinTheTypos(byte[] left, byte[] right, byte typos)
    {
        var a = new string((left ?? []).Take(10).Select(x => Letters[x % Letters.Length]).ToArray());
        var b = new string((right ?? []).Take(10).Select(x => Letters[x % Letters.Length]).ToArray());
        var allowed = typos % 3;

        if (EditDistance.Bounded(a, b, allowed) <= allowed)
        {
            Assert.True(LetterSet.MayBeWithin(LetterSet.Of(a), LetterSet.Of(b), allowed), $"“{a}” and “{b}”");
        }
    }

    [Theory]
    [InlineData("norway", "norwya", 1, true)]
    [InlineData("mensah", "mensha", 1, true)]
    [InlineData("solberg", "holmberg", 2, true)] // letters alone cannot tell: the edit distance decides
    [InlineData("norway", "sweden", 2, false)]
    [InlineData("kazakhstan", "uzbekistan", 1, false)]
    public void MayBeWithin_TurnsAwayNamesThatDifferInMoreLetters(string a, string b, int typos, bool may)
    {
        Assert.Equal(may, LetterSet.MayBeWithin(LetterSet.Of(a), LetterSet.Of(b), typos));
    }
}
