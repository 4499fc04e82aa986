using System.Globalization;
using System.Text;

namespace BriefBot.Intake.Storing;

/// <summary>
/// File names made from titles: lower-case ASCII letters, digits and hyphens only (accents folded, everything else a
/// hyphen), at most <see cref="MaxStem"/> characters, never empty, never hidden, never a reserved device name. So a
/// name can hold no separator, no "..", nothing a shell or another system reads specially, and cannot leave the folder.
/// </summary>
public static class ArticleFileNames
{
    public const int MaxStem = 80;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static string Stem(string? title)
    {
        var folded = (title ?? string.Empty).Normalize(NormalizationForm.FormD);
        var stem = new StringBuilder(Math.Min(folded.Length, MaxStem));
        foreach (var c in folded)
        {
            if (stem.Length >= MaxStem)
            {
                break;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(char.ToLowerInvariant(c));
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
        }

        var name = stem.ToString().Trim('-');
        return name.Length == 0 || Reserved.Contains(name) ? "article" + (name.Length == 0 ? string.Empty : "-" + name) : name;
    }

    /// <summary>
    /// A full path in <paramref name="folder"/> for a new article: the stem, then "-2", "-3", ... until neither the
    /// folder nor <paramref name="takenIds"/> (the ids of articles loaded from anywhere in the folder) has that name.
    /// </summary>
    public static string NewPath(string folder, string stem, ISet<string> takenIds)
    {
        ArgumentNullException.ThrowIfNull(takenIds);
        var root = Path.GetFullPath(folder);
        var existing = Directory.EnumerateFileSystemEntries(root)
            .Select(p => Path.GetFileNameWithoutExtension(p).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? stem : $"{stem}-{n}";
            if (existing.Contains(name) || takenIds.Contains(name))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(root, name + ".md"));
            if (!string.Equals(Path.GetDirectoryName(path), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A file name made from a title left the content folder.");
            }

            return path;
        }
    }
}
