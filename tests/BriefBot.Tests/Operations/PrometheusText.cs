using System.Globalization;

namespace BriefBot.Tests.Operations;

/// <summary>A scrape in Prometheus's text format, read back by metric name and labels.</summary>
internal sealed class PrometheusText(string body)
{
    public string Body { get; } = body;

    /// <summary>
    /// The sum of the samples named <paramref name="name"/> that carry every label given as "key=value"
    /// (0 when none does: a series that never happened is not exported).
    /// </summary>
    public double Value(string name, params string[] labels)
    {
        var wanted = labels.Select(l => l.Split('=', 2)).Select(p => $"{p[0]}=\"{p[1]}\"").ToList();
        var total = 0.0;
        foreach (var line in Body.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[name.Length..];
            if (rest.Length == 0 || (rest[0] != '{' && rest[0] != ' '))
            {
                continue; // another metric whose name starts with this one
            }

            var labelEnd = rest.StartsWith('{') ? rest.IndexOf('}', StringComparison.Ordinal) + 1 : 0;
            var labelText = rest[..labelEnd];
            if (wanted.All(w => labelText.Contains(w, StringComparison.Ordinal)))
            {
                var value = rest[labelEnd..].Trim().Split(' ')[0];
                total += double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
