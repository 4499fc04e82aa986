namespace BriefBot.Quality.Tests;

/// <summary>The ratchet: a figure below its floor fails with its name, floor and value; raising never lowers a floor.</summary>
public sealed class FloorsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"quality-floors-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_file);

    private static GoldScore Score(int expertsFound, int junkActors)
    {
        var gold = Build.Gold("""
            {"experts": [{"name": "Mara Okafor", "roles_any": [], "affiliations_any": []}, {"name": "Tomas Varga", "roles_any": [], "affiliations_any": []},
                         {"name": "Lina Ho", "roles_any": [], "affiliations_any": []}],
             "people": ["Mara Okafor", "Tomas Varga", "Lina Ho"], "not_actors": ["Monday", "Tuesday"]}
            """);
        var experts = new[] { "Mara Okafor", "Tomas Varga", "Lina Ho" }.Take(expertsFound).Select(n => Build.Expert(n));
        var actors = new[] { "Monday", "Tuesday" }.Take(junkActors).Select(n => Build.Actor(n));
        return new GoldScore(gold, Build.Dump(experts: experts, actors: actors));
    }

    private Floors Written(GoldScore score)
    {
        var floors = Floors.Load(_file);
        floors.Raise("set", score);
        floors.Save(_file, ["set"]);
        return Floors.Load(_file);
    }

    [Fact]
    public void Check_Passes_OnTheValuesTheFloorsWereWrittenFrom_EvenForThirds()
    {
        var score = Score(expertsFound: 2, junkActors: 1);

        Assert.Empty(Written(score).Check("set", score));
        Assert.Equal(0.6666, Written(score).Get("set", "experts.recall"));
    }

    [Fact]
    public void Check_NamesTheFigureTheFloorAndTheValue_WhenAFigureFallsBelowItsFloor()
    {
        var floors = Written(Score(expertsFound: 3, junkActors: 0));

        var failures = floors.Check("set", Score(expertsFound: 2, junkActors: 0));

        Assert.Contains("set experts.recall fell below its floor: 0.666667 < 1.", failures);
    }

    [Fact]
    public void Check_Fails_WhenAJunkCountRisesAboveItsCeiling()
    {
        var floors = Written(Score(expertsFound: 3, junkActors: 0));

        var failures = floors.Check("set", Score(expertsFound: 3, junkActors: 2));

        Assert.Equal(["set actors.junk rose above its ceiling: 2 > 0."], failures);
    }

    [Fact]
    public void Check_Fails_WhenAFigureHasNoFloor()
    {
        var failures = Floors.Load(_file).Check("set", Score(expertsFound: 3, junkActors: 0));

        Assert.Contains(failures, f => f.StartsWith("set experts.recall = 1 has no floor", StringComparison.Ordinal));
    }

    [Fact]
    public void Raise_RaisesFloorsAndLowersCeilings_ButNeverTheOtherWay()
    {
        Written(Score(expertsFound: 2, junkActors: 1));
        var worse = Written(Score(expertsFound: 1, junkActors: 2));
        Assert.Equal(0.6666, worse.Get("set", "experts.recall"));
        Assert.Equal(1, worse.Get("set", "actors.junk"));

        var better = Written(Score(expertsFound: 3, junkActors: 0));
        Assert.Equal(1.0, better.Get("set", "experts.recall"));
        Assert.Equal(0, better.Get("set", "actors.junk"));
    }
}
