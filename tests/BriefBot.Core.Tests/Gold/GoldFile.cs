using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Core.Tests.Gold;

/// <summary>The shape of seeds-gold.json and dev-gold.json.</summary>
internal sealed record GoldFile(
    [property: JsonPropertyName("experts")] List<GoldExpert> Experts,
    [property: JsonPropertyName("leaders")] List<GoldNamed> Leaders,
    [property: JsonPropertyName("people")] List<string> People,
    [property: JsonPropertyName("actors")] List<GoldNamed> Actors,
    [property: JsonPropertyName("not_actors")] List<string> NotActors,
    [property: JsonPropertyName("concepts")] List<GoldConcept> Concepts,
    [property: JsonPropertyName("not_concepts")] List<string> NotConcepts,
    [property: JsonPropertyName("readings")] List<GoldReading> Readings)
{
    public static GoldFile Load(string path) =>
        JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path)) ?? throw new InvalidOperationException("empty gold file " + path);
}

internal sealed record GoldExpert(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("roles_any")] List<string> RolesAny,
    [property: JsonPropertyName("affiliations_any")] List<string> AffiliationsAny);

internal sealed record GoldNamed(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] List<string>? Aliases);

internal sealed record GoldConcept(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] List<string>? Aliases,
    [property: JsonPropertyName("definition_any")] List<string> DefinitionAny);

internal sealed record GoldReading(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author")] string Author);
