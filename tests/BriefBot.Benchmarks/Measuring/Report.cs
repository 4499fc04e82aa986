using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Benchmarks.Measuring;

/// <summary>Collects figures and prints them as a Markdown table and as JSON with the machine they ran on.</summary>
internal sealed class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly List<Figure> _figures = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.Error.WriteLine($"  {figure.Section} / {figure.Name}: {Format(figure.Value)} {figure.Unit}{(figure.Met is { } met ? met ? "  (target met)" : $"  (target {figure.Target} MISSED)" : string.Empty)}");
    }

    public void Add(string section, string name, double? value, string unit, string? target = null, bool? met = null, string? note = null) =>
        Add(new Figure(section, name, value, unit, target, met, note));

    public void Note(string note)
    {
        _notes.Add(note);
        Console.Error.WriteLine($"  note: {note}");
    }

    public static IReadOnlyDictionary<string, string> Machine(int articles, int seed, bool quick) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["os"] = RuntimeInformation.OSDescription,
        ["cpu"] = CpuName(),
        ["cores"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
        ["memory"] = $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.#} GiB",
        ["gc"] = GCSettings.IsServerGC ? "server" : $"workstation ({GCSettings.LatencyMode})",
        ["tiered pgo"] = TieredPgo(),
        ["articles"] = articles.ToString(CultureInfo.InvariantCulture),
        ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
        ["mode"] = quick ? "quick" : "full",
        ["load average at start"] = LoadAverage(),
    };

    /// <summary>"on" or "off" as the run's runtimeconfig.json or DOTNET_TieredPGO set it (the environment wins), the runtime's default "on" otherwise.</summary>
    private static string TieredPgo()
    {
        var configured = Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is { } variable
            ? variable != "0"
            : AppContext.GetData("System.Runtime.TieredPGO") is not string setting || !bool.TryParse(setting, out var on) || on;
        return configured ? "on" : "off";
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public string ToMarkdown(IReadOnlyDictionary<string, string> machine)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine["cpu"]}, {machine["cores"]} cores, {machine["memory"]}; {machine["dotnet"]} on {machine["os"]}; GC {machine["gc"]}; tiered PGO {machine["tiered pgo"]}; load average at start {machine["load average at start"]}; {machine["date"]}; {machine["articles"]} articles (seed {machine["seed"]}, {machine["mode"]} run).");
        b.AppendLine();
        b.AppendLine("| Section | Figure | Value | Target | Met |");
        b.AppendLine("| --- | --- | ---: | --- | :---: |");
        foreach (var f in _figures)
        {
            var met = f.Met switch { true => "yes", false => "**no**", null => string.Empty };
            var value = $"{Format(f.Value)} {f.Unit}".Trim();
            if (f.Note is not null)
            {
                value += $" ({f.Note})";
            }

            b.AppendLine(CultureInfo.InvariantCulture, $"| {f.Section} | {f.Name} | {value} | {f.Target} | {met} |");
        }

        if (_notes.Count > 0)
        {
            b.AppendLine();
            foreach (var note in _notes)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        return b.ToString();
    }

    public string ToJson(IReadOnlyDictionary<string, string> machine) =>
        JsonSerializer.Serialize(new { machine, figures = _figures, notes = _notes }, Json);

    public static string Format(double? value) => value switch
    {
        null => "n/a",
        double v when double.IsNaN(v) => "n/a",
        double v when Math.Abs(v) >= 1000 => v.ToString("#,0", CultureInfo.InvariantCulture),
        double v when Math.Abs(v) >= 100 => v.ToString("0", CultureInfo.InvariantCulture),
        double v when Math.Abs(v) >= 10 => v.ToString("0.0", CultureInfo.InvariantCulture),
        double v when Math.Abs(v) >= 0.1 => v.ToString("0.00", CultureInfo.InvariantCulture),
        double v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    private static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
