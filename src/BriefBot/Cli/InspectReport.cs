using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBot.Core.Knowledge;

namespace BriefBot.Cli;

/// <summary>Everything extracted, as the JSON that `inspect --json` prints.</summary>
public static class InspectReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string ToJson(KnowledgeSnapshot snapshot) => JsonSerializer.Serialize(Build(snapshot), Json);

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

    private static Report Build(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        string NameOf(string id) => snapshot.FindEntity(id)?.Name ?? id;
        return new Report(
            snapshot.Articles.Select(a => new ArticleRow(a.Id, a.Title, a.Author, Date(a.Date), a.Source, a.Url, a.Path)).ToList(),
            snapshot.OfKind(EntityKind.Actor).Select(e => new ActorRow(e.Id, e.Name, e.ActorKind?.ToString().ToLowerInvariant() ?? "organisation", e.Aliases, e.Mentions.Count, e.ArticleIds.ToList())).ToList(),
            snapshot.OfKind(EntityKind.Expert).Select(e => new ExpertRow(e.Id, e.Name, e.Aliases, e.Roles, e.Affiliations, e.Mentions.Count, e.ArticleIds.ToList(), e.Quotes.Select(q => q.Text).ToList())).ToList(),
            snapshot.OfKind(EntityKind.Concept).Select(e => new ConceptRow(e.Id, e.Name, e.Aliases, e.Definition, e.Mentions.Count, e.ArticleIds.ToList())).ToList(),
            snapshot.Readings.Select(r => new ReadingRow(r.DateText("yyyy-MM-dd"), r.Title, r.Authors, r.ArticleId, r.TopicIds.Select(NameOf).ToList())).ToList(),
            snapshot.Rejected.Select(r => new RejectedRow(r.Path, r.Reason)).ToList());
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Report(List<ArticleRow> Articles, List<ActorRow> Actors, List<ExpertRow> Experts, List<ConceptRow> Concepts, List<ReadingRow> Readings, List<RejectedRow> Rejected);

    private sealed record ArticleRow(string Id, string Title, string? Author, string? Date, string? Source, string? Url, string Path);

    private sealed record ActorRow(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Mentions, List<string> Articles);

    private sealed record ExpertRow(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<string> Affiliations, int Mentions, List<string> Articles, List<string> Quotes);

    private sealed record ConceptRow(string Id, string Name, IReadOnlyList<string> Aliases, string? Definition, int Mentions, List<string> Articles);

    private sealed record ReadingRow(string? Date, string Title, IReadOnlyList<string> Authors, string Article, List<string> Topics);

    private sealed record RejectedRow(string Path, string Reason);
}
