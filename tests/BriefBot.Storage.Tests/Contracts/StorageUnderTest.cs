using BriefBot.Core.Coordination;
using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Storage.Tests.Contracts;

/// <summary>One provider's stores on a fresh database, for the suite every provider must pass.</summary>
public abstract class StorageUnderTest : IAsyncDisposable
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public abstract ISubscriptionStore Subscriptions { get; }

    public abstract IDeliveryLedger Ledger { get; }

    public abstract IReadingHistory History { get; }

    public abstract IUpdateOffsets Offsets { get; }

    public abstract IHandledUpdates HandledUpdates { get; }

    public abstract ILeaseStore Leases { get; }

    public abstract BriefBot.Core.Feeds.IFeedStore Feeds { get; }

    public abstract Task<long> CountAsync(string table);

    public abstract ValueTask DisposeAsync();
}

/// <summary>The suite's base: opens the provider's database on first use in a test (so a missing server skips the test).</summary>
public abstract class StorageContract : IAsyncDisposable
{
    private StorageUnderTest? _storage;

    protected async Task<StorageUnderTest> StorageAsync() => _storage ??= await OpenAsync();

    protected abstract Task<StorageUnderTest> OpenAsync();

    public async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
