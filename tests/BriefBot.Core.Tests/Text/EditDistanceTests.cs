using BriefBot.Core.Text;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Text;

/// <summary>The bounded distance is the textbook optimal string alignment distance, capped one above the limit.</summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("norway", "norway", 0)]
    [InlineData("norway", "norwya", 1)] // adjacent letters swapped
    [InlineData("mensah", "mensha", 1)]
    [InlineData("solberg", "solbreg", 1)]
    [InlineData("berg", "berger", 2)]
    [InlineData("", "ab", 2)]
    [InlineData("ca", "abc", 3)] // optimal string alignment edits no substring twice
    public void Bounded_CountsEdits_WithinTheLimit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Bounded(a, b, 3));
    }

    [Fact]
    public void Bounded_SaysOneAboveTheLimit_WhenFurther()
    {
        Assert.Equal(2, EditDistance.Bounded("kazakhstan", "uzbekistan", 1));
        Assert.Equal(3, EditDistance.Bounded("a", "abcd", 2));
    }

    [Fact]
    public void Bounded_MeasuresLongNames_BeyondTheStackBuffer()
    {
        var name = new string('a', 300) + "bc";

        Assert.Equal(1, EditDistance.Bounded(name, new string('a', 300) + "cb", 2));
        Assert.Equal(2, EditDistance.Bounded(name, new string('a', 298) + "xybc", 1));
    }

    [Property(MaxTest = 2000)]
    public void Bounded_IsTheFullDistanceCappedAtLimitPlusOne(byte[] left, byte[] right, byte limit)
    {
        // Few letters, so that strings are often within a few edits of each other.
        var a = new string((left ?? []).Take(12).Select(x => (char)('a' + x % 3)).ToArray());
        var b = new string((right ?? []).Take(12).Select(x => (char)('a' + x % 3)).ToArray());
        var bound = limit % 4;

        Assert.Equal(Math.Min(Full(a, b), bound + 1), EditDistance.Bounded(a, b, bound));
    }

    /// <summary>The whole table, no band, no early exit.</summary>
    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
