using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// The fields of a front matter's YAML, as YamlDotNet's deserializer gives them for <c>Dictionary&lt;string, object?&gt;</c>:
/// each value a string, null, a list or a dictionary.
/// </summary>
/// <remarks>
/// Front matter is nearly always one mapping of keys to scalars and lists of scalars. One field a line is read by
/// <see cref="FrontMatterLines"/>; other such mappings straight off YamlDotNet's parser events (its scanner still reads
/// the YAML), which costs a fraction of the deserializer's reflection and makes far less code to compile at start;
/// anything else — tags, anchors, aliases, nesting, or YAML that does not parse — goes to the deserializer, which also
/// raises the errors.
/// </remarks>
internal static class FrontMatterFields
{
    // Files are parsed in parallel: YamlDotNet deserializers are thread-safe since 16.1.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static Dictionary<string, object?>? Read(ReadOnlySpan<char> yaml) => FrontMatterLines.TryRead(yaml) ?? ReadWithYamlDotNet(yaml.ToString());

    /// <remarks>
    /// What <see cref="TryReadSimple"/> accepts is two levels deep without aliases; anything else is checked against
    /// <see cref="FrontMatterLimits"/> before the deserializer, which recurses and expands aliases, sees it.
    /// </remarks>
    private static Dictionary<string, object?>? ReadWithYamlDotNet(string yaml) =>
        TryReadSimple(yaml) ?? Deserialize(yaml);

    private static Dictionary<string, object?>? Deserialize(string yaml)
    {
        FrontMatterLimits.CheckShape(yaml);
        return Yaml.Deserialize<Dictionary<string, object?>>(yaml);
    }

    /// <summary>The fields when the YAML is one mapping of plain keys to scalars or lists of scalars; otherwise null.</summary>
    internal static Dictionary<string, object?>? TryReadSimple(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.MoveNext();
            if (!Next<StreamStart>(parser) || !Next<DocumentStart>(parser) || !NextNode<MappingStart>(parser, out _))
            {
                return null;
            }

            var fields = new Dictionary<string, object?>();
            while (true)
            {
                if (Next<MappingEnd>(parser))
                {
                    return Next<DocumentEnd>(parser) && parser.Current is StreamEnd ? fields : null;
                }

                // A key that reads as null makes the deserializer throw: leave it to the deserializer.
                if (!NextNode<Scalar>(parser, out var key) || IsNull(key))
                {
                    return null;
                }

                if (NextNode<Scalar>(parser, out var scalar))
                {
                    fields[key.Value] = IsNull(scalar) ? null : scalar.Value;
                }
                else if (NextNode<SequenceStart>(parser, out _) && ReadItems(parser) is { } items)
                {
                    fields[key.Value] = items;
                }
                else
                {
                    return null;
                }
            }
        }
        catch (Exception)
        {
            // YamlDotNet's scanner may throw more than YamlException on broken YAML; the deserializer wraps what it
            // throws, so it reads the YAML again to report the error as it always has.
            return null;
        }
    }

    /// <summary>A sequence of scalars after its start, up to and with its end; null if it holds anything else.</summary>
    private static List<object?>? ReadItems(Parser parser)
    {
        var items = new List<object?>();
        while (!Next<SequenceEnd>(parser))
        {
            if (!NextNode<Scalar>(parser, out var item))
            {
                return null;
            }

            items.Add(IsNull(item) ? null : item.Value);
        }

        return items;
    }

    /// <summary>As YamlDotNet reads null: an untagged plain scalar "", "~", "null", "Null" or "NULL".</summary>
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static bool Next<T>(Parser parser)
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            return false;
        }

        parser.MoveNext();
        return true;
    }

    /// <summary>The current event if it is a <typeparamref name="T"/> with neither anchor nor tag; then moves on.</summary>
    private static bool NextNode<T>(Parser parser, out T node)
        where T : NodeEvent
    {
        if (parser.Current is T { Anchor.IsEmpty: true, Tag.IsEmpty: true } current)
        {
            node = current;
            parser.MoveNext();
            return true;
        }

        node = null!;
        return false;
    }
}
