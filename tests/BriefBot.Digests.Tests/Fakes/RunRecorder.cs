using System.Threading.Channels;

namespace BriefBot.Digests.Tests.Fakes;

/// <summary>Hears each triggered run once it has settled and set the next trigger, so tests await it instead of polling.</summary>
internal sealed class RunRecorder : IDigestRunObserver
{
    private readonly Channel<(long SubscriptionId, DateOnly LocalDate, DigestRunOutcome Outcome)> _runs =
        Channel.CreateUnbounded<(long, DateOnly, DigestRunOutcome)>();

    public Task RunCompletedAsync(long subscriptionId, DateOnly localDate, DigestRunOutcome outcome)
    {
        _runs.Writer.TryWrite((subscriptionId, localDate, outcome));
        return Task.CompletedTask;
    }

    public async Task<(long SubscriptionId, DateOnly LocalDate, DigestRunOutcome Outcome)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _runs.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTake(out (long SubscriptionId, DateOnly LocalDate, DigestRunOutcome Outcome) run) => _runs.Reader.TryRead(out run);
}
