using BriefBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// Paces messages ahead of time so Telegram rarely has to say 429: per chat, per group or channel, and overall.
/// A whole reply holds its chat's lane, so the parts of two replies to one chat never interleave.
/// </summary>
public sealed class SendPacer : IDisposable
{
    private readonly TelegramPacingOptions _options;
    private readonly TimeProvider _time;
    private readonly PacedBucket _global;
    private readonly Dictionary<string, Lane> _lanes = [];
    private readonly Lock _gate = new();

    public SendPacer(IOptions<TelegramOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Pacing;
        _time = time;
        _global = new PacedBucket(_options.GlobalPerSecond, time);
    }

    /// <summary>Holds the chat's lane until disposed; call <see cref="ChatLane.WaitTurnAsync"/> before each message.</summary>
    public async Task<ChatLane> EnterAsync(string chatId, CancellationToken cancellationToken)
    {
        Lane lane;
        lock (_gate)
        {
            if (!_lanes.TryGetValue(chatId, out lane!))
            {
                lane = new Lane(CreateBucket(chatId));
                _lanes[chatId] = lane;
            }

            lane.Users++;
            if (_lanes.Count > 256)
            {
                ForgetIdleLanes();
            }
        }

        try
        {
            await lane.Serial.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(lane);
            throw;
        }

        return new ChatLane(this, lane);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var lane in _lanes.Values)
            {
                lane.Bucket.Dispose();
            }

            _lanes.Clear();
        }

        _global.Dispose();
    }

    // Negative ids are groups, supergroups and channels; they get the stricter per-minute pace.
    private PacedBucket CreateBucket(string chatId) =>
        chatId.StartsWith('-')
            ? new PacedBucket(Math.Min(_options.PerChatPerSecond, _options.PerGroupPerMinute / 60.0), _time)
            : new PacedBucket(_options.PerChatPerSecond, _time);

    private void Leave(Lane lane)
    {
        lock (_gate)
        {
            lane.Users--;
        }
    }

    private void ForgetIdleLanes()
    {
        foreach (var (chatId, lane) in _lanes.ToList())
        {
            if (lane.Users == 0 && lane.Bucket.IsIdle)
            {
                _lanes.Remove(chatId);
                lane.Bucket.Dispose();
            }
        }
    }

    internal sealed class Lane(PacedBucket bucket)
    {
        public PacedBucket Bucket { get; } = bucket;

        public SemaphoreSlim Serial { get; } = new(1, 1);

        public int Users { get; set; }
    }

    /// <summary>One reply's hold on a chat.</summary>
    public sealed class ChatLane : IDisposable
    {
        private readonly SendPacer _pacer;
        private readonly Lane _lane;
        private bool _disposed;

        internal ChatLane(SendPacer pacer, Lane lane)
        {
            _pacer = pacer;
            _lane = lane;
        }

        /// <summary>Waits until the chat and the bot as a whole may send one more message.</summary>
        public async Task WaitTurnAsync(CancellationToken cancellationToken)
        {
            await _lane.Bucket.WaitAsync(cancellationToken);
            await _pacer._global.WaitAsync(cancellationToken);
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _lane.Serial.Release();
            _pacer.Leave(_lane);
        }
    }
}
