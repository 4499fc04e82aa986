using System.Globalization;
using BriefBot.Core.Commands;

namespace BriefBot.Core.Reloading;

/// <summary>/stats lines for admins: uptime, commands served, the last reload.</summary>
public sealed class RuntimeStats(BotActivity activity, ReloadCoordinator reloads) : IStatsContributor
{
    public Task<IReadOnlyList<StatLine>> GetAsync(bool forAdmin, CancellationToken cancellationToken)
    {
        if (!forAdmin)
        {
            return Task.FromResult<IReadOnlyList<StatLine>>([]);
        }

        var uptime = activity.Uptime;
        var lines = new List<StatLine>
        {
            new("Uptime", $"{(int)uptime.TotalDays}d {uptime.Hours}h {uptime.Minutes}m"),
            new("Commands served", activity.CommandsServed.ToString(CultureInfo.InvariantCulture)),
            new("Last reload", reloads.Last is { } last
                ? $"{last.FinishedAt:yyyy-MM-dd HH:mm} UTC by {last.RequestedBy}: {(last.Applied ? $"applied, {last.ArticleCount} articles" : "not applied, " + last.Problem)}"
                : "none since start"),
        };
        return Task.FromResult<IReadOnlyList<StatLine>>(lines);
    }
}
