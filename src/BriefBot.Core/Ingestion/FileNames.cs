using System.Globalization;
using System.Text;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// File names as reports show them: a name with a line break or another control character is refused (an id, a log
/// line or a reply could not hold it), and shown with the character escaped, never raw.
/// </summary>
internal static class FileNames
{
    public const string ControlCharacterProblem = "its name contains a line break or another control character; rename it";

    public static bool HasControlCharacter(string path) => path.AsSpan().IndexOfAny(Unsafe) >= 0 || path.Any(char.IsControl);

    /// <summary>The path with each control character written as an escape: "new\nline.md" becomes <c>new\nline.md</c> with a backslash.</summary>
    public static string Shown(string path)
    {
        if (!HasControlCharacter(path))
        {
            return path;
        }

        var shown = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            _ = c switch
            {
                '\n' => shown.Append("\\n"),
                '\r' => shown.Append("\\r"),
                '\t' => shown.Append("\\t"),
                _ when char.IsControl(c) || Unsafe.Contains(c) => shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => shown.Append(c),
            };
        }

        return shown.ToString();
    }

    /// <summary>Line and paragraph separators end a line as a line break does.</summary>
    private const string Unsafe = "\u2028\u2029";
}
