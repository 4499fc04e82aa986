namespace BriefBot.Quality;

/// <summary>One number of a quality report: a ratio where higher is better, or a count of junk where lower is (AtMost).</summary>
internal sealed record Figure(string Name, double Value, bool AtMost = false)
{
    public static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}
