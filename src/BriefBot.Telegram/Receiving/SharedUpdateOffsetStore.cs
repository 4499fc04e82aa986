using BriefBot.Core.Coordination;
using BriefBot.Telegram.Logging;
using Microsoft.Extensions.Logging;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// The offset in the bot's database (when it has one), so restarts and every instance share it. Saving never holds up
/// polling: the newest id is written in the background (a database that is locked or away delays only this), and a
/// stale saved offset costs nothing, since Telegram drops what the next getUpdates confirmed.
/// </summary>
internal sealed class SharedUpdateOffsetStore(IUpdateOffsets offsets, ILogger<SharedUpdateOffsetStore> logger) : IUpdateOffsetStore, IAsyncDisposable
{
    public const string Platform = "telegram";

    private readonly Lock _gate = new();
    private long? _pending;
    private Task _writing = Task.CompletedTask;
    private bool _running;

    public Task<long?> LoadAsync(CancellationToken cancellationToken) => offsets.LoadAsync(Platform, cancellationToken);

    public Task SaveAsync(long lastHandledUpdateId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _pending = lastHandledUpdateId;
            if (!_running)
            {
                _running = true;
                _writing = Task.Run(WriteAsync, CancellationToken.None);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes once what was saved so far is written (or failed and was logged).</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            return _writing;
        }
    }

    public async ValueTask DisposeAsync() => await FlushAsync();

    private async Task WriteAsync()
    {
        while (true)
        {
            long id;
            lock (_gate)
            {
                if (_pending is null)
                {
                    _running = false;
                    return;
                }

                id = _pending.Value;
                _pending = null;
            }

            try
            {
                await offsets.SaveAsync(Platform, id, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                TelegramLog.OffsetNotSaved(logger, "the database", ex.Message);
            }
        }
    }
}
