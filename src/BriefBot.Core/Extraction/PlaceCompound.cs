using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A place named only to say where something is or comes from, "a Hague-based court", "a Lagos-born analyst": no mention
/// of its state as an actor. "Beijing-backed" and "Saudi-led" are: the state does something there.
/// </summary>
internal static class PlaceCompound
{
    private static readonly string[] Endings = ["based", "born", "headquartered", "registered"];

    /// <summary>Whether word <paramref name="last"/> of <paramref name="words"/> is joined by a hyphen to one of the endings.</summary>
    public static bool Locates(SentenceWords words, int last)
    {
        if (last + 1 >= words.Count)
        {
            return false;
        }

        var text = words.Text;
        var end = words.Start(last) + words.Raw(last).Length;
        if (end >= text.Length || text[end] is not ('-' or '‑') || words.Start(last + 1) != end + 1)
        {
            return false;
        }

        var next = words.Raw(last + 1);
        foreach (var ending in Endings)
        {
            if (next.Equals(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
