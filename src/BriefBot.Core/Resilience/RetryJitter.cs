namespace BriefBot.Core.Resilience;

/// <summary>The random part of <see cref="Backoff"/>'s waits; registered once, so tests can make the waits exact.</summary>
public sealed class RetryJitter(Func<double> next)
{
    public RetryJitter()
        : this(Random.Shared.NextDouble)
    {
    }

    /// <summary>Every wait its whole step.</summary>
    public static RetryJitter None { get; } = new(() => 1);

    /// <returns>A value in [0, 1].</returns>
    public double Next() => Math.Clamp(next(), 0, 1);
}
