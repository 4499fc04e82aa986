using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Telegram.Options;

/// <summary>
/// Bounds on updates taken in but not yet handled (Telegram:Receiving), so one stuck chat cannot grow memory without end.
/// </summary>
public sealed class TelegramReceivingOptions
{
    /// <summary>Updates of one chat running or waiting their turn; more from that chat are logged and not handled.</summary>
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Receiving:MaxUpdatesPerChat must be at least 1.")]
    public int MaxUpdatesPerChat { get; set; } = 100;

    /// <summary>Updates of all chats running or waiting; at the limit, polling waits for one to finish.</summary>
    [InRange(1, int.MaxValue, ErrorMessage = "Telegram:Receiving:MaxUpdatesInFlight must be at least 1.")]
    public int MaxUpdatesInFlight { get; set; } = 1_000;
}
