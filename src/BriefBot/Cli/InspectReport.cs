using BriefBot.Core.Knowledge;

namespace BriefBot.Cli;

/// <summary>Everything extracted, for `inspect`: the JSON dump (<see cref="KnowledgeDump"/>) or a few lines for people.</summary>
public static class InspectReport
{
    public static string ToJson(KnowledgeSnapshot snapshot) => KnowledgeDump.From(snapshot).ToJson();

    /// <summary>A few lines for people: counts and the names found.</summary>
    public static string ToText(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lines = new List<string> { $"{snapshot.Articles.Count} articles, {snapshot.Entities.Count} entities, {snapshot.Readings.Count} readings" };
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Expert, EntityKind.Concept })
        {
            lines.Add($"{kind}s: {string.Join(", ", snapshot.OfKind(kind).Select(e => e.Name))}");
        }

        lines.AddRange(snapshot.Rejected.Select(r => $"rejected {r.Path}: {r.Reason}"));
        return string.Join(Environment.NewLine, lines);
    }
}
