using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Maps button commands to Discord custom ids (at most 100 characters). Short commands travel inside the id;
/// longer ones are kept here under a hash, remembering only the most recent ones.
/// </summary>
internal sealed class ButtonCommandStore
{
    private const string DirectPrefix = "c:";
    private const string KeyPrefix = "k:";
    private const int Capacity = 4096;

    private readonly Dictionary<string, string> _commands = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public string ToCustomId(string command)
    {
        var direct = DirectPrefix + command;
        if (direct.Length <= Rendering.DiscordLimits.CustomId)
        {
            return direct;
        }

        var key = KeyPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(command)))[..40];
        lock (_lock)
        {
            if (_commands.TryAdd(key, command))
            {
                _order.Enqueue(key);
                while (_order.Count > Capacity)
                {
                    _commands.Remove(_order.Dequeue());
                }
            }
        }

        return key;
    }

    /// <summary>The command a pressed button runs, or null when the id is unknown or has been forgotten.</summary>
    public string? ToCommand(string customId)
    {
        if (customId.StartsWith(DirectPrefix, StringComparison.Ordinal))
        {
            return customId[DirectPrefix.Length..];
        }

        lock (_lock)
        {
            return _commands.GetValueOrDefault(customId);
        }
    }
}
