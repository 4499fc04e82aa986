using BriefBot.Core.Extraction;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>An entity's mentions come out in reading order (article, paragraph, sentence), each once.</summary>
public class ReadingOrderTests
{
    private static readonly Dictionary<string, int> Articles = new() { ["b-first"] = 0, ["a-second"] = 1 };

    private static int Order(string id) => Articles[id];

    [Fact]
    public void Sightings_AreMergedIntoTheScan_InReadingOrder_EachOnce()
    {
        List<Mention> scanned = [new("b-first", 0, 1), new("b-first", 2, 0), new("a-second", 0, 0)];
        List<Mention> seen = [new("a-second", 0, 0), new("b-first", 0, 0), new("b-first", 2, 0), new("b-first", 0, 0), new("a-second", 3, 2)];

        var ordered = ReadingOrder.Of(scanned, seen, Order);

        Assert.Equal(
            [new("b-first", 0, 0), new("b-first", 0, 1), new("b-first", 2, 0), new("a-second", 0, 0), new Mention("a-second", 3, 2)],
            ordered);
    }

    [Fact]
    public void AScanOutOfOrder_IsSortedToo()
    {
        List<Mention> scanned = [new("a-second", 1, 0), new("b-first", 4, 4), new("a-second", 0, 3), new("b-first", 4, 4)];

        var ordered = ReadingOrder.Of(scanned, [], Order);

        Assert.Equal([new("b-first", 4, 4), new("a-second", 0, 3), new Mention("a-second", 1, 0)], ordered);
    }

    [Fact]
    public void NoScan_LeavesTheSightings_Sorted()
    {
        var ordered = ReadingOrder.Of(null, [new("a-second", 2, 1), new("a-second", 2, 0)], Order);

        Assert.Equal([new("a-second", 2, 0), new Mention("a-second", 2, 1)], ordered);
    }
}
