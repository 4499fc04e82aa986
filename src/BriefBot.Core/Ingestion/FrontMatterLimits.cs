using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Bounds on front matter, checked before any of it is turned into values: a file's front matter is refused, and the
/// file with it, when it is longer than <see cref="MaxCharacters"/>, nested deeper than <see cref="MaxDepth"/>, or
/// has aliases that would expand it beyond <see cref="MaxExpandedCharacters"/>. Unbounded, 12 KB nested 6,000 deep
/// overflowed the stack and a 1 KB alias bomb ("billion laughs") took gigabytes.
/// </summary>
/// <remarks>
/// The check reads YamlDotNet's parser events, which keep their own stack rather than recursing; real front matter
/// is a few hundred characters, one or two levels deep, seldom with an alias, so these limits never touch it.
/// </remarks>
internal static class FrontMatterLimits
{
    public const int MaxCharacters = 64 * 1024;
    public const int MaxDepth = 20;
    public const int MaxAliases = 100;
    public const int MaxExpandedCharacters = 4 * MaxCharacters;

    public static void CheckLength(int characters)
    {
        if (characters > MaxCharacters)
        {
            throw new ContentFormatException($"its front matter is too long ({characters / 1024} KB; the limit is {MaxCharacters / 1024} KB)");
        }
    }

    /// <summary>Throws <see cref="ContentFormatException"/> when the YAML is too deep or its aliases expand too far.</summary>
    /// <remarks>YAML that does not parse is left to the deserializer, which reports where it breaks.</remarks>
    public static void CheckShape(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long ExpandedAtStart)>();
        long expanded = 0;
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        var start = (NodeEvent)parser.Current;
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded));
                        if (open.Count > MaxDepth)
                        {
                            throw new ContentFormatException($"its front matter is nested too deeply (more than {MaxDepth} levels)");
                        }

                        expanded++;
                        break;
                    case MappingEnd or SequenceEnd when open.TryPop(out var node) && node.Anchor is not null:
                        anchors[node.Anchor] = expanded - node.ExpandedAtStart;
                        break;
                    case Scalar scalar:
                        expanded += 1 + scalar.Value.Length;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1 + scalar.Value.Length;
                        }

                        break;
                    case AnchorAlias alias:
                        if (++aliases > MaxAliases)
                        {
                            throw new ContentFormatException($"its front matter has too many aliases (more than {MaxAliases})");
                        }

                        expanded += anchors.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                }

                if (expanded > MaxExpandedCharacters)
                {
                    throw new ContentFormatException($"its front matter's aliases expand it beyond {MaxExpandedCharacters / 1024} KB");
                }
            }
        }
        catch (Exception e) when (e is not ContentFormatException)
        {
            // Broken YAML: the deserializer reads it again and says where.
        }
    }
}
