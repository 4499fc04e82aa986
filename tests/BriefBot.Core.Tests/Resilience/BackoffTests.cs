using BriefBot.Core.Resilience;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Resilience;

public class BackoffTests
{
    [Fact]
    public void Delays_DoubleFromTheFirst_UpToTheCap_WhenTheJitterIsNone()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), RetryJitter.None);

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.NextDelay().TotalSeconds).ToList();

        Assert.Equal([1.0, 2.0, 4.0, 8.0, 10.0, 10.0], delays);
        Assert.Equal(6, backoff.Failures);
    }

    [Fact]
    public void Reset_StartsAgainFromTheFirstDelay()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), new RetryJitter(() => 0));
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.NextDelay());
    }

    [Property]
    public bool EveryDelay_IsBetweenHalfAndAllOfItsStep(byte failures, double random)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8), new RetryJitter(() => double.IsFinite(random) ? Math.Abs(random % 1) : 0.5));
        var n = failures % 40 + 1;
        var step = Math.Min(250 * Math.Pow(2, Math.Min(n - 1, 30)), 8000);

        var delay = backoff.DelayAfter(n).TotalMilliseconds;

        return delay >= step / 2 - 0.001 && delay <= step + 0.001;
    }
}
