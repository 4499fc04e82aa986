using System.Globalization;
using BriefBot.Benchmarks;
using BriefBot.Benchmarks.Measuring;

// dotnet run -c Release --project tests/BriefBot.Benchmarks -- [--articles N] [--quick]
var options = BenchmarkOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

Directory.CreateDirectory(options.OutFolder);
var report = new Report();
var machine = Report.Machine(options.Articles, options.Seed, options.Quick);
await new BenchmarkRun(options, report).RunAsync();

var markdown = report.ToMarkdown(machine);
var stem = Path.Combine(options.OutFolder, $"bench-{options.Articles.ToString(CultureInfo.InvariantCulture)}{(options.Quick ? "-quick" : string.Empty)}");
await File.WriteAllTextAsync(stem + ".md", markdown);
await File.WriteAllTextAsync(stem + ".json", report.ToJson(machine));
Console.WriteLine(markdown);
Console.WriteLine($"Figures written to {stem}.md and {stem}.json");
return 0;
