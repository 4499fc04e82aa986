using System.Collections.Concurrent;
using System.Globalization;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests.Support;

/// <summary>
/// The bot's requests on the wire, for the harness: which are on their way (tagged so the fake server can say which it
/// holds parked), and when the bot has taken each answer. An answer is handed over on the thread that received it, with
/// the bot's code run inline until it next waits (on a timer, on another request, or done), and only then does the
/// request stop counting: so "nothing on the wire" means the bot is waiting, not merely that the server has answered.
/// </summary>
internal sealed class WireWatch : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, byte> _onTheWire = new(StringComparer.Ordinal);
    private long _next;
    private volatile bool _takingIn;

    public event Action? Changed;

    /// <summary>True when every request on its way is one the server holds parked (or none is on its way).</summary>
    public bool AllParkedAt(FakeBotApiServer server) => _onTheWire.Keys.All(server.IsParked);

    public int OnTheWire => _onTheWire.Count;

    /// <summary>
    /// True from a getUpdates answer that carried updates until the next getUpdates leaves: the bot is taking them in
    /// (journal, offset file) before it polls again, work neither the wire nor the clock shows.
    /// </summary>
    public bool TakingInUpdates => _takingIn;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var polls = IsGetUpdates(request);
        if (polls)
        {
            _takingIn = false;
        }

        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        request.Headers.TryAddWithoutValidation(FakeBotApiServer.RequestIdHeader, id);
        _onTheWire[id] = 0;
        Changed?.Invoke();

        // No RunContinuationsAsynchronously: the bot's continuation runs inside SetResult, on the answering thread.
        var answer = new TaskCompletionSource<HttpResponseMessage>();
        _ = ForwardAsync(id, polls, request, answer, cancellationToken);
        return answer.Task;
    }

    private async Task ForwardAsync(string id, bool polls, HttpRequestMessage request, TaskCompletionSource<HttpResponseMessage> answer, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        Exception? failure = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Read the body here, so the bot's code does not wait on the network again for this answer.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            if (polls && response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                _takingIn = !body.Contains("\"result\":[]", StringComparison.Ordinal);
            }
        }
        catch (Exception ex)
        {
            response?.Dispose();
            response = null;
            failure = ex;
        }

        try
        {
            if (failure is null)
            {
                answer.SetResult(response!);
            }
            else
            {
                answer.SetException(failure);
            }
        }
        finally
        {
            _onTheWire.TryRemove(id, out _);
            Changed?.Invoke();
        }
    }

    private static bool IsGetUpdates(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/getUpdates", StringComparison.OrdinalIgnoreCase) == true;
}
