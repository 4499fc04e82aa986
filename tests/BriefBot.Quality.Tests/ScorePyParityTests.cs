using BriefBot.Core.Knowledge;

namespace BriefBot.Quality.Tests;

/// <summary>
/// Parity/score-py-output.txt is what `python3 ../shared/eval/score.py Parity/gold.json Parity/dump.json` printed:
/// the port must print the same lines, byte for byte, from the same files.
/// </summary>
public class ScorePyParityTests
{
    private static string Parity(string file) => Path.Combine(AppContext.BaseDirectory, "Parity", file);

    [Fact]
    public void Scorer_PrintsScorePysLines_ForTheSameGoldAndDump()
    {
        var score = new GoldScore(GoldFile.Load(Parity("gold.json")), KnowledgeDump.FromJson(File.ReadAllText(Parity("dump.json"))));

        Assert.Equal(File.ReadAllLines(Parity("score-py-output.txt")), score.Lines);
    }

    [Theory]
    [InlineData(0.125, "0.12")]
    [InlineData(0.375, "0.38")]
    [InlineData(0.005, "0.01")]
    [InlineData(0.285, "0.28")]
    [InlineData(2.0 / 3, "0.67")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.0, "0.00")]
    public void Ratios_ArePrintedAsPythonsTwoDecimalFormat(double value, string printed) =>
        Assert.Equal(printed, PythonText.F2(value));

    [Fact]
    public void Lists_ArePrintedAsPythonsRepr() =>
        Assert.Equal("""["a'b", 'c"d', 'x\xa0y', 'e\u200bf', None, 'q\\']""", PythonText.List(["a'b", "c\"d", "x\u00a0y", "e\u200bf", null, "q\\"]));
}
