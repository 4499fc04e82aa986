using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Quality;

/// <summary>
/// A gold file (../shared/eval/seeds-gold.json, real-dev/gold10-gold.json, ...): what a careful reader finds in a folder
/// of articles. Optional lists are null when the file lacks the key (score.py scores some only when present); the five lists
/// every gold file has are checked on loading.
/// </summary>
internal sealed record GoldFile(
    [property: JsonPropertyName("experts")] IReadOnlyList<GoldExpert> Experts,
    [property: JsonPropertyName("leaders")] IReadOnlyList<GoldNamed>? Leaders,
    [property: JsonPropertyName("people")] IReadOnlyList<string> People,
    [property: JsonPropertyName("actors")] IReadOnlyList<GoldNamed> Actors,
    [property: JsonPropertyName("not_actors")] IReadOnlyList<string>? NotActors,
    [property: JsonPropertyName("concepts")] IReadOnlyList<GoldConcept> Concepts,
    [property: JsonPropertyName("not_concepts")] IReadOnlyList<string>? NotConcepts,
    [property: JsonPropertyName("readings")] IReadOnlyList<GoldReading> Readings,
    [property: JsonPropertyName("acceptable_actors")] IReadOnlyList<string>? AcceptableActors,
    [property: JsonPropertyName("acceptable_concepts")] IReadOnlyList<string>? AcceptableConcepts,
    [property: JsonPropertyName("acceptable_experts_extra")] IReadOnlyList<JsonElement>? AcceptableExpertsExtra)
{
    /// <exception cref="InvalidDataException">The file lacks a list every gold file has.</exception>
    public static GoldFile Load(string path) => Parse(File.ReadAllText(path), path);

    public static GoldFile Parse(string json, string source)
    {
        var gold = JsonSerializer.Deserialize<GoldFile>(json) ?? throw new InvalidDataException($"{source} holds null, not a gold file.");
        string[] missing = [
            .. gold.Experts is null ? ["experts"] : Array.Empty<string>(),
            .. gold.People is null ? ["people"] : Array.Empty<string>(),
            .. gold.Actors is null ? ["actors"] : Array.Empty<string>(),
            .. gold.Concepts is null ? ["concepts"] : Array.Empty<string>(),
            .. gold.Readings is null ? ["readings"] : Array.Empty<string>()];
        return missing.Length == 0 ? gold : throw new InvalidDataException($"{source} is not a gold file: it lacks {string.Join(", ", missing)}.");
    }

    /// <summary>The names in acceptable_experts_extra, which holds names or objects with a name.</summary>
    public IEnumerable<string?> AcceptableExpertsExtraNames() =>
        (AcceptableExpertsExtra ?? []).Select(x => x.ValueKind == JsonValueKind.Object ? x.GetProperty("name").GetString() : x.GetString());
}

internal sealed record GoldExpert(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("roles_any")] IReadOnlyList<string>? RolesAny,
    [property: JsonPropertyName("affiliations_any")] IReadOnlyList<string>? AffiliationsAny);

internal sealed record GoldNamed(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases);

internal sealed record GoldConcept(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("definition_any")] IReadOnlyList<string>? DefinitionAny);

internal sealed record GoldReading(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author")] string? Author);
