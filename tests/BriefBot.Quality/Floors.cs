using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefBot.Quality;

/// <summary>
/// The ratchet: per gold set, the lowest value each figure may take (for a junk count, the highest). Raised to today's
/// values by <see cref="Raise"/>, never lowered by it: a figure that must fall is edited by hand, with the reason in the commit.
/// </summary>
internal sealed class Floors
{
    private const string About =
        "Quality floors per gold set: `dotnet test` fails when a figure falls below its floor (a *.junk count: rises above it). " +
        "Raise them with `dotnet run --project tests/BriefBot.Quality -- --write-floors`. See docs/quality.md.";

    private readonly Dictionary<string, Dictionary<string, double>> _sets;

    private Floors(Dictionary<string, Dictionary<string, double>> sets) => _sets = sets;

    public static Floors Load(string path)
    {
        var sets = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new Floors(sets);
        }

        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(path + " is empty.");
        foreach (var (set, figures) in root)
        {
            if (set.StartsWith('_') || figures is not JsonObject values)
            {
                continue;
            }

            sets[set] = values.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>(), StringComparer.Ordinal);
        }

        return new Floors(sets);
    }

    public double? Get(string set, string figure) =>
        _sets.TryGetValue(set, out var figures) && figures.TryGetValue(figure, out var floor) ? floor : null;

    /// <summary>Every figure of the set that falls below its floor or has none, as a sentence naming figure, floor and value.</summary>
    public IReadOnlyList<string> Check(string set, GoldScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var failures = new List<string>();
        foreach (var f in score.Figures)
        {
            var floor = Get(set, f.Name);
            if (floor is null)
            {
                failures.Add($"{set} {f.Name} = {Show(f.Value)} has no floor in floors.json: run `dotnet run --project tests/BriefBot.Quality -- --write-floors`.");
            }
            else if (f.AtMost ? f.Value > floor.Value : f.Value < floor.Value - 1e-9)
            {
                failures.Add(f.AtMost
                    ? $"{set} {f.Name} rose above its ceiling: {Show(f.Value)} > {Show(floor.Value)}."
                    : $"{set} {f.Name} fell below its floor: {Show(f.Value)} < {Show(floor.Value)}.");
            }
        }

        return failures;
    }

    /// <summary>Raises each floor of the set to today's value (a junk ceiling: lowers it); never the other way. Returns the changes.</summary>
    public IReadOnlyList<string> Raise(string set, GoldScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var changes = new List<string>();
        if (!_sets.TryGetValue(set, out var figures))
        {
            _sets[set] = figures = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        foreach (var f in score.Figures)
        {
            var today = f.AtMost ? f.Value : RoundDown(f.Value);
            var old = figures.TryGetValue(f.Name, out var o) ? o : (double?)null;
            var better = old is null || (f.AtMost ? today < old : today > old);
            if (better)
            {
                figures[f.Name] = today;
                changes.Add($"{set} {f.Name}: {(old is null ? "none" : Show(old.Value))} -> {Show(today)}");
            }
        }

        return changes;
    }

    public void Save(string path, IEnumerable<string> setOrder)
    {
        var order = setOrder.ToList();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("_about", About);
            foreach (var (set, figures) in _sets.OrderBy(kv => order.IndexOf(kv.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject(set);
                foreach (var (name, value) in figures)
                {
                    w.WriteNumber(name, value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        File.WriteAllText(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    /// <summary>Four decimals, rounded down so that the value just measured meets the floor written from it.</summary>
    private static double RoundDown(double value) => Math.Floor((value * 10000) + 1e-6) / 10000;

    private static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
