namespace BriefBot.Core.Commands;

/// <summary>Adds lines to /stats (subscriptions, reloads, uptime) from parts of the bot Core does not know.</summary>
public interface IStatsContributor
{
    /// <param name="forAdmin">True when an admin asked: operational details may be shown.</param>
    Task<IReadOnlyList<StatLine>> GetAsync(bool forAdmin, CancellationToken cancellationToken);
}

public sealed record StatLine(string Label, string Value);
