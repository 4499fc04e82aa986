using BriefBot.Core.Knowledge;

namespace BriefBot.Quality.Tests;

/// <summary>Small dumps and gold files written in the tests, so that each rule of the scorer can be checked alone.</summary>
internal static class Build
{
    public static KnowledgeDump Dump(
        IEnumerable<DumpExpert>? experts = null, IEnumerable<DumpActor>? actors = null, IEnumerable<DumpConcept>? concepts = null, IEnumerable<DumpReading>? readings = null) =>
        new([], [.. actors ?? []], [.. experts ?? []], [.. concepts ?? []], [.. readings ?? []], []);

    public static DumpExpert Expert(string name, string[]? roles = null, string[]? affiliations = null, string[]? aliases = null) =>
        new(name, name, aliases ?? [], roles ?? [], affiliations ?? [], 1, ["a"], []);

    public static DumpActor Actor(string name, string kind = "organisation", string[]? aliases = null) => new(name, name, kind, aliases ?? [], 1, ["a"]);

    public static DumpConcept Concept(string name, string? definition = null, string[]? aliases = null) => new(name, name, aliases ?? [], definition, 1, ["a"]);

    public static DumpReading Reading(string title, string? date, params string[] authors) => new(date, title, authors, "a", []);

    /// <summary>A gold file: the five lists every gold file has (empty unless given) and any further keys, as JSON.</summary>
    public static GoldFile Gold(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var key in new[] { "experts", "people", "actors", "concepts", "readings" })
        {
            node[key] ??= new System.Text.Json.Nodes.JsonArray();
        }

        return GoldFile.Parse(node.ToJsonString(), "test");
    }
}
