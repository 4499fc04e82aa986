using System.Globalization;
using BriefBot.Quality;

const string Usage = """
    usage:
      BriefBot.Quality GOLD.json FOLDER|INSPECT.json [--min-recall R] [--min-precision P]
          prints recall and precision per kind with the rules and lines of ../shared/eval/score.py
          (a folder is read and extracted in-process; a file is the JSON `inspect --json` printed)
      BriefBot.Quality --check
          scores every gold set of the repository (seeds, dev, synthetic, real-dev gold10) against floors.json
      BriefBot.Quality --write-floors
          the same, then raises floors.json to today's values (never lowers a floor)
    """;

try
{
    return args switch
    {
        ["--check"] => Ratchet(write: false),
        ["--write-floors"] => Ratchet(write: true),
        [var gold, var folder, .. var rest] when !gold.StartsWith("--", StringComparison.Ordinal) => ScoreOne(gold, folder, rest),
        _ => Fail(Usage),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or FormatException)
{
    return Fail(e.Message);
}

static int ScoreOne(string goldPath, string folderOrDump, string[] options)
{
    double Option(string name) => Array.IndexOf(options, name) is var i and >= 0 && i + 1 < options.Length
        ? double.Parse(options[i + 1], CultureInfo.InvariantCulture)
        : 0.0;
    if (!File.Exists(folderOrDump) && !Directory.Exists(folderOrDump))
    {
        return Fail($"{folderOrDump}: no such folder or file.");
    }

    var score = new GoldScore(GoldFile.Load(goldPath), Dumps.From(folderOrDump));
    Console.WriteLine(score);
    return score.Meets(Option("--min-recall"), Option("--min-precision")) ? 0 : 1;
}

static int Ratchet(bool write)
{
    var floors = Floors.Load(RepoLayout.FloorsFile);
    var failures = new List<string>();
    var changes = new List<string>();
    var skipped = new List<string>();
    foreach (var set in GoldSet.All)
    {
        if (!set.IsPresent)
        {
            skipped.Add(set.AbsenceReason);
            Console.Error.WriteLine($"!!! {set.AbsenceReason}");
            continue;
        }

        var score = set.Score();
        Console.WriteLine($"== {set.Name}: {set.Gold} on {set.Folder}");
        Console.WriteLine(score);
        if (write)
        {
            changes.AddRange(floors.Raise(set.Name, score));
        }

        failures.AddRange(floors.Check(set.Name, score));
    }

    Console.WriteLine();
    if (write)
    {
        floors.Save(RepoLayout.FloorsFile, GoldSet.All.Select(s => s.Name));
        Console.WriteLine(changes.Count == 0 ? "floors.json: no floor to raise." : "floors.json raised:\n  " + string.Join("\n  ", changes));
    }

    if (failures.Count > 0)
    {
        Console.WriteLine("BELOW THE FLOORS:\n  " + string.Join("\n  ", failures));
    }
    else
    {
        Console.WriteLine("Every figure checked is at or above its floor.");
    }

    foreach (var s in skipped)
    {
        Console.WriteLine($"!!! {s}");
    }

    return failures.Count == 0 ? 0 : 1;
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
