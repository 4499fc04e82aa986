using BriefBot.Core.Knowledge;

namespace BriefBot.Quality.Tests;

/// <summary>Scoring a folder runs the project's reader and extractor in-process, and scores as its `inspect --json` dump does.</summary>
public sealed class FolderScoringTests : IDisposable
{
    private const string Article = """
        Ports and Patience on the Southern Coast

        Source: Coastal Review

        Rafael Moreno

        The Harbour League met in Lisbon on Tuesday to discuss fishing rights. "Nobody wants a quarrel over nets," said
        Helena Duarte, a senior fellow at the Atlantic Policy Institute. Portugal and Spain have argued over the quotas for years.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("quality-folder-").FullName;

    public FolderScoringTests() => File.WriteAllText(Path.Combine(_folder, "ports.txt"), Article);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GoldFile GoldWith(params string[] experts) => Build.Gold(
        "{\"experts\": [" + string.Join(", ", experts.Select(e => $"{{\"name\": \"{e}\", \"roles_any\": [], \"affiliations_any\": []}}")) + "], " +
        "\"people\": [\"Helena Duarte\", \"Rafael Moreno\"], \"actors\": [{\"name\": \"Portugal\"}, {\"name\": \"Spain\"}]}");

    [Fact]
    public void ExpertRecall_OnAFolder_Falls_WhenTheGoldListsAnExpertTheTextNeverNames()
    {
        var dump = Dumps.FromFolder(_folder);

        var full = new GoldScore(GoldWith("Helena Duarte"), dump);
        var withAStranger = new GoldScore(GoldWith("Helena Duarte", "Ivo Brandt"), dump);

        Assert.Equal(1.0, full["actors.recall"]);
        Assert.Equal(full["experts.recall"] / 2, withAStranger["experts.recall"]);
        Assert.Contains("missing=['Ivo Brandt']", withAStranger.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AFolder_AndItsDumpReadBack_ScoreTheSame()
    {
        var dump = Dumps.FromFolder(_folder);
        var file = Path.Combine(_folder, "dump.json.out");
        File.WriteAllText(file, dump.ToJson());

        Assert.Equal(new GoldScore(GoldWith("Helena Duarte"), dump).Lines, new GoldScore(GoldWith("Helena Duarte"), Dumps.From(file)).Lines);
        Assert.Equal(dump.ToJson(), KnowledgeDump.FromJson(dump.ToJson()).ToJson());
    }
}
