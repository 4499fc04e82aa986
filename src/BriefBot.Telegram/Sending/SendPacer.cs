using BriefBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Sending;

/// <summary>
/// Paces messages ahead of time so Telegram rarely has to say 429: per chat (about 1/s), per group or channel
/// (20/min), and overall (30/s); all configurable under Telegram:Pacing.
/// A whole reply holds its chat's lane, so the parts of two replies to one chat never interleave.
/// </summary>
public sealed class SendPacer : IDisposable
{
    private const int MinLanesKept = 256;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly TelegramPacingOptions _options;
    private readonly TimeProvider _time;
    private readonly SlidingWindowGate _global;
    private readonly Dictionary<string, Lane> _lanes = [];
    private readonly Lock _gate = new();
    private int _forgetAbove = MinLanesKept;

    public SendPacer(IOptions<TelegramOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Pacing;
        _time = time;
        _global = new SlidingWindowGate(_options.GlobalPerSecond, Second, time);
    }

    /// <summary>Holds the chat's lane until disposed; call <see cref="ChatLane.WaitTurnAsync"/> before each message.</summary>
    public async Task<ChatLane> EnterAsync(string chatId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        Lane lane;
        lock (_gate)
        {
            if (!_lanes.TryGetValue(chatId, out lane!))
            {
                lane = new Lane(CreateGates(chatId));
                _lanes[chatId] = lane;
            }

            lane.Users++;
            if (_lanes.Count > _forgetAbove)
            {
                ForgetIdleLanes();
                // Swept again only when the lanes have doubled: a digest to thousands of chats holds them all busy at
                // once, and a sweep on every entry would walk every lane for every message.
                _forgetAbove = Math.Max(MinLanesKept, 2 * _lanes.Count);
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
                lane.Dispose();
            }

            _lanes.Clear();
        }

        _global.Dispose();
    }

    // Negative ids are groups, supergroups and channels: they also get the per-minute limit.
    private SlidingWindowGate[] CreateGates(string chatId) =>
        chatId.StartsWith('-')
            ? [new SlidingWindowGate(_options.PerChatPerSecond, Second, _time), new SlidingWindowGate(_options.PerGroupPerMinute, Minute, _time)]
            : [new SlidingWindowGate(_options.PerChatPerSecond, Second, _time)];

    private void Leave(Lane lane)
    {
        lock (_gate)
        {
            lane.Users--;
        }
    }

    private void ForgetIdleLanes()
    {
        foreach (var (chatId, lane) in _lanes)
        {
            if (lane.Users == 0 && lane.Gates.All(g => g.IsIdle))
            {
                _lanes.Remove(chatId);
                lane.Dispose();
            }
        }
    }

    internal sealed class Lane(SlidingWindowGate[] gates) : IDisposable
    {
        public SlidingWindowGate[] Gates { get; } = gates;

        public SemaphoreSlim Serial { get; } = new(1, 1);

        public int Users { get; set; }

        public void Dispose()
        {
            foreach (var gate in Gates)
            {
                gate.Dispose();
            }

            Serial.Dispose();
        }
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

        /// <summary>
        /// Waits until the chat and the bot as a whole may send one more message. Dispose the turn once the message
        /// has arrived (its answer, or <see cref="LeavingTurn"/>'s allowance) or is given up: its permits return one
        /// window later. The pace is of messages, not of requests in flight, so sends that hang do not hold up others.
        /// </summary>
        public async Task<IDisposable> WaitTurnAsync(CancellationToken cancellationToken)
        {
            var permits = new List<IDisposable>();
            try
            {
                foreach (var gate in _lane.Gates)
                {
                    permits.Add(await gate.WaitAsync(cancellationToken));
                }

                permits.Add(await _pacer._global.WaitAsync(cancellationToken));
                return new Turn(permits);
            }
            catch
            {
                new Turn(permits).Dispose();
                throw;
            }
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

    private sealed class Turn(List<IDisposable> permits) : IDisposable
    {
        public void Dispose()
        {
            foreach (var permit in permits)
            {
                permit.Dispose();
            }
        }
    }
}
