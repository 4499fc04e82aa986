using Xunit.Abstractions;

namespace BriefBot.Quality.Tests;

/// <summary>
/// The ratchet CI runs: every figure of every gold set at or above its floor in tests/BriefBot.Quality/floors.json.
/// The real-dev set lives in ../shared; without it the test is reported skipped, with the reason, not passed.
/// </summary>
public class QualityFloorsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("dev")]
    [InlineData("synthetic")]
    public void EveryFigure_StaysAtOrAboveItsFloor_OnTheGoldSetsInTheRepository(string set) => AssertFloors(set);

    [FactWhenGoldSetIsPresent("gold10")]
    public void EveryFigure_StaysAtOrAboveItsFloor_OnTheRealDevGoldSet() => AssertFloors("gold10");

    private void AssertFloors(string name)
    {
        var set = GoldSet.Named(name);
        var score = set.Score();
        output.WriteLine(score.ToString());
        var failures = Floors.Load(RepoLayout.FloorsFile).Check(name, score);
        Assert.True(failures.Count == 0, string.Join("\n", failures) + $"\n\n{score}");
    }
}

/// <summary>
/// A fact skipped when its gold set's files are absent (../shared on a fresh clone). `dotnet test` prints only the names of
/// skipped tests, so the name then says what was not checked and why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactWhenGoldSetIsPresentAttribute : FactAttribute
{
    public FactWhenGoldSetIsPresentAttribute(string set)
    {
        Set = set;
        var goldSet = GoldSet.Named(set);
        if (!goldSet.IsPresent)
        {
            Skip = goldSet.AbsenceReason;
            DisplayName = $"QUALITY FLOORS NOT CHECKED ON {set}: {goldSet.AbsenceReason}";
        }
    }

    public string Set { get; }
}
