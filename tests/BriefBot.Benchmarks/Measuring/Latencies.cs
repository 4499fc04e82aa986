namespace BriefBot.Benchmarks.Measuring;

/// <summary>Latency samples in milliseconds and their percentiles (nearest rank).</summary>
internal sealed class Latencies
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public void AddRange(IEnumerable<double> milliseconds) => _samples.AddRange(milliseconds);

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);

    public double Max => _samples.Count == 0 ? double.NaN : _samples.Max();
}
