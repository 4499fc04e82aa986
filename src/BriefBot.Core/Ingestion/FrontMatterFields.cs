using YamlDotNet.Serialization;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// The fields of a front matter's YAML, as YamlDotNet's deserializer gives them for <c>Dictionary&lt;string, object?&gt;</c>:
/// each value a string, null, a list or a dictionary. Its shape is checked first (<see cref="FrontMatterLimits"/>),
/// since the deserializer recurses and expands aliases.
/// </summary>
internal static class FrontMatterFields
{
    // Files are parsed in parallel: YamlDotNet deserializers are thread-safe since 16.1.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static Dictionary<string, object?>? Read(ReadOnlySpan<char> yaml)
    {
        var text = yaml.ToString();
        FrontMatterLimits.CheckShape(text);
        return Yaml.Deserialize<Dictionary<string, object?>>(text);
    }
}
