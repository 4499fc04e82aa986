using BriefBot.Core.Coordination;

namespace BriefBot.Telegram.Receiving;

/// <summary>The offset in the bot's database (when it has one), so restarts and every instance share it.</summary>
internal sealed class SharedUpdateOffsetStore(IUpdateOffsets offsets) : IUpdateOffsetStore
{
    public const string Platform = "telegram";

    public Task<long?> LoadAsync(CancellationToken cancellationToken) => offsets.LoadAsync(Platform, cancellationToken);

    public Task SaveAsync(long lastHandledUpdateId, CancellationToken cancellationToken) => offsets.SaveAsync(Platform, lastHandledUpdateId, cancellationToken);
}
