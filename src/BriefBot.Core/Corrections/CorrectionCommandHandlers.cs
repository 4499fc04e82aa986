using System.Globalization;
using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Corrections;

/// <summary>
/// /hide, /unhide, /merge, /rename, /kind (admins): store the correction, then reload so it is in force at once.
/// The entity must be known when a correction is made; later it may leave the content, and /corrections says so.
/// </summary>
public sealed class CorrectionCommandHandler(string name, ICorrectionStore store, ISnapshotSource snapshots, ReloadCoordinator reloads) : ICommandHandler
{
    public string Name => name;

    public string Description => name switch
    {
        "hide" => "Admins: stop listing or showing an entity",
        "unhide" => "Admins: show a hidden entity again",
        "merge" => "Admins: make one entity part of another",
        "rename" => "Admins: give an entity another name",
        _ => "Admins: set what kind an entity is",
    };

    public CommandArgument Argument { get; } = new(name switch
    {
        "merge" => "A into B",
        "rename" => "NAME to NEW",
        "kind" => "NAME leader|expert|state|organisation|concept",
        _ => "NAME",
    }, Required: true);

    public bool AdminOnly => true;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = $"{request.Context.Platform}:{request.Context.UserName ?? request.Context.UserId}";
        var argument = request.Argument.Trim();
        if (argument.Length == 0)
        {
            return Reply.Text(ReplyStatus.BadInput, $"Usage: /{name} {Argument.Name}.");
        }

        if (name == "unhide")
        {
            var removed = await store.RemoveAsync(CorrectionKind.Hide, argument, cancellationToken).ConfigureAwait(false);
            if (removed == 0)
            {
                return Reply.Text(ReplyStatus.NotFound, $"Nothing called {TypedText.Quote(argument)} is hidden.");
            }

            await ReloadAsync(who, c => c.Kind != CorrectionKind.Hide || TextFolding.Fold(c.Target) != TextFolding.Fold(argument)).ConfigureAwait(false);
            return Reply.Text(ReplyStatus.Ok, $"{TypedText.Quote(argument)} is shown again.");
        }

        var entities = snapshots.Current.Entities;
        var (target, value, problem) = Parse(argument, entities);
        if (problem is not null)
        {
            return Reply.Text(ReplyStatus.BadInput, problem);
        }

        var kind = name switch
        {
            "hide" => CorrectionKind.Hide,
            "merge" => CorrectionKind.Merge,
            "rename" => CorrectionKind.Rename,
            _ => CorrectionKind.Kind,
        };
        var added = await store.AddAsync(kind, target!, value, who, cancellationToken).ConfigureAwait(false);
        await ReloadAsync(who, c => c.Id != added.Id, mustContain: added.Id).ConfigureAwait(false);
        return Reply.Text(ReplyStatus.Ok, kind switch
        {
            CorrectionKind.Hide => $"Hidden: {target}. It stays hidden across reloads and restarts; /unhide {target} shows it again.",
            CorrectionKind.Merge => $"Merged: {target} is now part of {value}.",
            CorrectionKind.Rename => $"Renamed: {target} is now called {value}.",
            _ => $"{target} is now a{(value is "expert" or "organisation" ? "n" : string.Empty)} {value}.",
        });
    }

    private (string? Target, string? Value, string? Problem) Parse(string argument, IReadOnlyList<Entity> entities)
    {
        string target;
        string? value = null;
        switch (name)
        {
            case "merge" or "rename":
                var separator = name == "merge" ? " into " : " to ";
                var at = argument.LastIndexOf(separator, StringComparison.OrdinalIgnoreCase);
                if (at <= 0 || at + separator.Length >= argument.Length)
                {
                    return (null, null, $"Usage: /{name} {Argument.Name}.");
                }

                target = argument[..at].Trim();
                value = argument[(at + separator.Length)..].Trim();
                break;
            case "kind":
                var space = argument.LastIndexOf(' ');
                if (space <= 0 || CorrectionPass.ParseKind(argument[(space + 1)..]) is null)
                {
                    return (null, null, "Usage: /kind NAME leader|expert|state|organisation|concept.");
                }

                target = argument[..space].Trim();
                value = argument[(space + 1)..].Trim().ToLowerInvariant();
                break;
            default:
                target = argument;
                break;
        }

        var found = CorrectionPass.Find(entities, target);
        if (found < 0)
        {
            return (null, null, $"I know no actor, expert or concept called {TypedText.Quote(target)}.");
        }

        target = entities[found].Name;
        if (name == "merge")
        {
            var into = CorrectionPass.Find(entities, value!);
            if (into < 0)
            {
                return (null, null, $"I know no actor, expert or concept called {TypedText.Quote(value!)}.");
            }

            if (into == found)
            {
                return (null, null, $"{target} and {value} are already the same.");
            }

            value = entities[into].Name;
        }

        return (target, value, null);
    }

    /// <summary>Reloads; again if the reload joined had started before the change was stored.</summary>
    private async Task ReloadAsync(string who, Func<Correction, bool> keep, long? mustContain = null)
    {
        var expected = (await store.ListAsync(CancellationToken.None).ConfigureAwait(false)).Count;
        await reloads.ReloadAsync(who).ConfigureAwait(false);
        var built = snapshots.Current.Corrections;
        if (built.Count != expected || (mustContain is { } id && built.All(c => c.Id != id)) || (mustContain is null && !built.All(keep)))
        {
            await reloads.ReloadAsync(who).ConfigureAwait(false);
        }
    }
}

/// <summary>/corrections (admins): every correction with who made it and when, and those whose entity is gone.</summary>
public sealed class CorrectionsCommandHandler(ICorrectionStore store, ISnapshotSource snapshots) : ICommandHandler
{
    public string Name => "corrections";

    public string Description => "Admins: list the corrections to what I learnt";

    public CommandArgument Argument => CommandArgument.None;

    public bool AdminOnly => true;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var list = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return Reply.Text(ReplyStatus.Ok, "No corrections yet. Admins can /hide, /unhide, /merge, /rename and /kind what I learnt.");
        }

        var snapshot = snapshots.Current;
        var built = snapshot.Corrections.Select(c => c.Id).ToHashSet();
        var items = list.Select(c =>
        {
            var what = c.Kind switch
            {
                CorrectionKind.Hide => $"hide {c.Target}",
                CorrectionKind.Merge => $"merge {c.Target} into {c.Value}",
                CorrectionKind.Rename => $"rename {c.Target} to {c.Value}",
                _ => $"kind {c.Target} {c.Value}",
            };
            var line = Plain($"{what} (by {c.MadeBy}, {c.MadeAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)");
            return built.Contains(c.Id) && !snapshot.CorrectionsUsed.Contains(c.Id)
                ? (IReadOnlyList<Span>)[line, Italic(" — unused: no longer in the content")]
                : [line];
        });
        return new Reply(ReplyStatus.Ok, $"Corrections ({list.Count})", [Bullets(items)], [], [], []);
    }
}
