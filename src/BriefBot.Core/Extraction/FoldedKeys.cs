using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// <see cref="Folding.Key"/> remembered per name for one merge: the same few thousand names are sighted hundreds of
/// thousands of times in a large archive, and folding one means tokenising it.
/// </summary>
internal sealed class FoldedKeys
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public string Of(string name)
    {
        if (!_keys.TryGetValue(name, out var key))
        {
            _keys[name] = key = Folding.Key(name);
        }

        return key;
    }
}
