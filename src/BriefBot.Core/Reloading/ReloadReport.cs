using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Reloading;

/// <summary>What a reload did: the content that changed, the entities that came and went, the files it refused.</summary>
/// <param name="Applied">False when the new content was unusable and the old snapshot stayed.</param>
/// <param name="Problem">Why the reload was not applied, in a sentence.</param>
public sealed record ReloadReport(
    bool Applied,
    string? Problem,
    string RequestedBy,
    DateTimeOffset FinishedAt,
    TimeSpan Duration,
    int ArticleCount,
    IReadOnlyList<string> ArticlesAdded,
    IReadOnlyList<string> ArticlesChanged,
    IReadOnlyList<string> ArticlesRemoved,
    IReadOnlyList<Entity> EntitiesAdded,
    IReadOnlyList<Entity> EntitiesRemoved,
    IReadOnlyList<RejectedFile> Rejected)
{
    public static ReloadReport Compare(KnowledgeSnapshot before, KnowledgeSnapshot after, string requestedBy, DateTimeOffset finishedAt, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var now = after.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var oldIds = before.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var newIds = after.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new ReloadReport(
            true,
            null,
            requestedBy,
            finishedAt,
            duration,
            after.Articles.Count,
            after.Articles.Where(a => !old.ContainsKey(a.Id)).Select(a => a.Title).ToList(),
            after.Articles.Where(a => old.TryGetValue(a.Id, out var was) && was.ContentHash != a.ContentHash).Select(a => a.Title).ToList(),
            before.Articles.Where(a => !now.ContainsKey(a.Id)).Select(a => a.Title).ToList(),
            after.Entities.Where(e => !oldIds.Contains(e.Id)).ToList(),
            before.Entities.Where(e => !newIds.Contains(e.Id)).ToList(),
            after.Rejected);
    }

    public static ReloadReport Refused(string problem, string requestedBy, DateTimeOffset finishedAt, TimeSpan duration, KnowledgeSnapshot kept, IReadOnlyList<RejectedFile> rejected)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return new(false, problem, requestedBy, finishedAt, duration, kept.Articles.Count, [], [], [], [], [], rejected);
    }
}
