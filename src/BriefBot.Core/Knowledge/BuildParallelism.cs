namespace BriefBot.Core.Knowledge;

/// <summary>
/// How many cores a build may use. The first build has the machine to itself; a reload runs while people ask,
/// so it leaves one core free for answering (on two cores, it builds on one).
/// </summary>
public static class BuildParallelism
{
    /// <summary>Every core (what <see cref="ParallelOptions"/> means by -1).</summary>
    public const int AllCores = -1;

    public static int BesideAnswers => Math.Max(1, Environment.ProcessorCount - 1);

    internal static ParallelOptions Options(int maxParallelism) => new() { MaxDegreeOfParallelism = maxParallelism };
}
