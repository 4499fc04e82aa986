using YamlDotNet.Serialization;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// The fields of a front matter's YAML, as YamlDotNet's deserializer gives them for <c>Dictionary&lt;string, object?&gt;</c>:
/// each value a string, null, a list or a dictionary.
/// </summary>
/// <remarks>
/// Front matter is nearly always lines of <c>key: value</c>, with lists in brackets or as "- item" lines. Those are read
/// here directly (<see cref="SimpleYaml"/>), which costs a small fraction of YamlDotNet's scanner and deserializer and
/// leaves their code uncompiled; any line of another shape sends the whole YAML to the deserializer, which also
/// reports the errors.
/// </remarks>
internal static class FrontMatterFields
{
    // Files are parsed in parallel: YamlDotNet deserializers are thread-safe since 16.1.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static Dictionary<string, object?>? Read(string yaml) =>
        SimpleYaml.TryRead(yaml) ?? Yaml.Deserialize<Dictionary<string, object?>>(yaml);
}
