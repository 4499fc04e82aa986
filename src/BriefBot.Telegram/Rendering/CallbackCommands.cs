using System.Text;

namespace BriefBot.Telegram.Rendering;

/// <summary>
/// Button commands as callback_data, which Telegram caps at 64 bytes. A command that fits is sent as is ("/actor Russia");
/// a longer one is kept here under a short id ("#k3f9") in a bounded map that forgets the oldest first.
/// </summary>
public sealed class CallbackCommands(int capacity = 10_000)
{
    public const int MaxCallbackDataBytes = 64;
    private const char IdMark = '#';

    private readonly Dictionary<string, string> _commands = [];
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();
    private long _next;

    public string ToCallbackData(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Encoding.UTF8.GetByteCount(command) <= MaxCallbackDataBytes && !command.StartsWith(IdMark))
        {
            return command;
        }

        lock (_gate)
        {
            var id = IdMark + Convert.ToString(++_next, 16);
            _commands[id] = command;
            _order.Enqueue(id);
            while (_order.Count > capacity)
            {
                _commands.Remove(_order.Dequeue());
            }

            return id;
        }
    }

    /// <summary>The command a button carries, or null when it was forgotten (the bot restarted or the map overflowed).</summary>
    public string? ToCommand(string? callbackData)
    {
        if (string.IsNullOrEmpty(callbackData))
        {
            return null;
        }

        if (!callbackData.StartsWith(IdMark))
        {
            return callbackData;
        }

        lock (_gate)
        {
            return _commands.GetValueOrDefault(callbackData);
        }
    }
}
