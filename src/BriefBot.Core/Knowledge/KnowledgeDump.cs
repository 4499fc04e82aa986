using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBot.Core.Content;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Everything extracted, as plain rows: the JSON that `inspect --json` prints, and what the quality report scores,
/// whether it extracts in-process or reads that JSON back.
/// </summary>
public sealed record KnowledgeDump(
    IReadOnlyList<DumpArticle> Articles,
    IReadOnlyList<DumpActor> Actors,
    IReadOnlyList<DumpExpert> Experts,
    IReadOnlyList<DumpConcept> Concepts,
    IReadOnlyList<DumpReading> Readings,
    IReadOnlyList<DumpRejected> Rejected)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static KnowledgeDump From(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return From(snapshot.Articles, snapshot.Rejected, snapshot.Entities, snapshot.Readings, snapshot.FindEntity);
    }

    public static KnowledgeDump From(ContentLoadResult content, CorpusExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(extraction);
        var byId = extraction.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return From(content.Articles, content.Rejected, extraction.Entities, extraction.Readings, byId.GetValueOrDefault);
    }

    /// <exception cref="JsonException">The text is not such a dump.</exception>
    public static KnowledgeDump FromJson(string json) =>
        JsonSerializer.Deserialize<KnowledgeDump>(json, Json) ?? throw new JsonException("The JSON is null, not an inspect dump.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static KnowledgeDump From(
        IReadOnlyList<Article> articles, IReadOnlyList<RejectedFile> rejected, IReadOnlyList<Entity> entities, IReadOnlyList<Reading> readings, Func<string, Entity?> find)
    {
        string NameOf(string id) => find(id)?.Name ?? id;
        IEnumerable<Entity> OfKind(EntityKind kind) => entities.Where(e => e.Kind == kind);
        return new KnowledgeDump(
            articles.Select(a => new DumpArticle(a.Id, a.Title, a.Author, Date(a.Date), a.Source, a.Url, a.Path)).ToList(),
            OfKind(EntityKind.Actor).Select(e => new DumpActor(e.Id, e.Name, e.ActorKind?.ToString().ToLowerInvariant() ?? "organisation", e.Aliases, e.Mentions.Count, e.ArticleIds.ToList())).ToList(),
            OfKind(EntityKind.Expert).Select(e => new DumpExpert(e.Id, e.Name, e.Aliases, e.Roles, e.Affiliations, e.Mentions.Count, e.ArticleIds.ToList(), e.Quotes.Select(q => q.Text).ToList())).ToList(),
            OfKind(EntityKind.Concept).Select(e => new DumpConcept(e.Id, e.Name, e.Aliases, e.Definition, e.Mentions.Count, e.ArticleIds.ToList())).ToList(),
            readings.Select(r => new DumpReading(r.DateText("yyyy-MM-dd"), r.Title, r.Authors, r.ArticleId, r.TopicIds.Select(NameOf).ToList())).ToList(),
            rejected.Select(r => new DumpRejected(r.Path, r.Reason)).ToList());
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record DumpArticle(string Id, string Title, string? Author, string? Date, string? Source, string? Url, string Path);

public sealed record DumpActor(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Mentions, IReadOnlyList<string> Articles);

public sealed record DumpExpert(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<string> Affiliations, int Mentions, IReadOnlyList<string> Articles, IReadOnlyList<string> Quotes);

public sealed record DumpConcept(string Id, string Name, IReadOnlyList<string> Aliases, string? Definition, int Mentions, IReadOnlyList<string> Articles);

public sealed record DumpReading(string? Date, string Title, IReadOnlyList<string> Authors, string Article, IReadOnlyList<string> Topics);

public sealed record DumpRejected(string Path, string Reason);
