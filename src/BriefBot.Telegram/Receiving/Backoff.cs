namespace BriefBot.Telegram.Receiving;

/// <summary>Capped exponential backoff with full jitter: 1 s, 2 s, 4 s … up to the cap, each scaled by a random 50–100 %.</summary>
internal sealed class Backoff(TimeSpan cap)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public int Failures { get; private set; }

    public TimeSpan NextDelay()
    {
        Failures++;
        var exponent = Math.Min(Failures - 1, 16);
        var raw = Math.Min(First.TotalMilliseconds * Math.Pow(2, exponent), cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(raw * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    public void Reset() => Failures = 0;
}
