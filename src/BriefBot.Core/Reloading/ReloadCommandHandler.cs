using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Reloading;

/// <summary>/reload (admins): read the content folder again and report what changed.</summary>
public sealed class ReloadCommandHandler(ReloadCoordinator coordinator) : ICommandHandler
{
    public string Name => "reload";

    public string Description => "Admins: read the content folder again";

    public CommandArgument Argument => CommandArgument.None;

    public bool AdminOnly => true;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = $"{request.Context.Platform}:{request.Context.UserName ?? request.Context.UserId}";
        var report = await coordinator.ReloadAsync(who).WaitAsync(cancellationToken).ConfigureAwait(false);
        return ReloadReportReply.From(report);
    }
}
