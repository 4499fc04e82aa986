namespace BriefBot.Core.Ingestion;

/// <summary>A path with every symbolic link in it resolved, as realpath(3) gives it.</summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows in one path before it gives up (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The path with its links resolved, or null when it leads nowhere or its links go round in a circle.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var kind = FileKinds.Of(next);
            if (kind == EntryKind.Missing)
            {
                return null;
            }

            if (kind != EntryKind.Link)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks || new FileInfo(next).LinkTarget is not { } target)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var p in Parts(target).Reverse())
            {
                pending.Push(p);
            }
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> (resolved) is <paramref name="folder"/> (resolved) or inside it.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
