namespace BriefBot.Core.Ingestion;

/// <summary>
/// A file found in the content folder: its path relative to the folder, the path to read it from, or why it is not
/// read. <see cref="IsFolder"/> marks a folder link that was not followed (reported whatever its name).
/// </summary>
internal readonly record struct FoundFile(string Relative, string Full, string? Problem, bool IsFolder = false);

/// <summary>
/// Walks a content folder: only regular files inside it are read. A link is followed only when it resolves inside the
/// folder, and each folder is walked once, so links pointing up (<c>sub/a -> ..</c>) cannot make the walk endless.
/// Hidden entries (starting with '.') are skipped; pipes, sockets and devices are reported and never opened.
/// </summary>
internal static class ContentWalk
{
    public static List<FoundFile> Find(string folder)
    {
        var root = RealPath.Of(folder) ?? throw new DirectoryNotFoundException($"The content folder '{folder}' does not exist.");
        var found = new List<FoundFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        var folders = new Stack<(string Real, string Relative)>([(root, string.Empty)]);

        // Folders reached through links are walked after every real one, so a folder is listed under its own path.
        var linked = new Queue<(string Real, string Relative)>();
        while (folders.Count > 0 || linked.Count > 0)
        {
            if (!folders.TryPop(out var current))
            {
                var next = linked.Dequeue();
                if (!visited.Add(next.Real))
                {
                    continue;
                }

                current = next;
            }

            foreach (var name in Names(current.Real))
            {
                var full = Path.Join(current.Real, name);
                var relative = current.Relative.Length == 0 ? name : $"{current.Relative}/{name}";
                switch (FileKinds.Of(full))
                {
                    case EntryKind.File:
                        found.Add(new FoundFile(relative, full, null));
                        break;
                    case EntryKind.Folder when visited.Add(full):
                        folders.Push((full, relative));
                        break;
                    case EntryKind.Link:
                        FollowLink(full, relative, root, found, linked);
                        break;
                    case EntryKind.Other:
                        found.Add(new FoundFile(relative, full, NotRegular));
                        break;
                    case EntryKind.Missing:
                        found.Add(new FoundFile(relative, full, "it could not be examined (it went away while the folder was read, or its name is not valid UTF-8)"));
                        break;
                }
            }
        }

        return found;
    }

    private const string NotRegular = "it is not a regular file (a pipe, socket or device), so it was not opened";

    private static void FollowLink(string full, string relative, string root, List<FoundFile> found, Queue<(string, string)> linked)
    {
        var target = RealPath.Of(full);
        if (target is null)
        {
            found.Add(new FoundFile(relative, full, "it is a link that leads nowhere (its target is missing, or links go round in a circle)"));
            return;
        }

        var kind = FileKinds.Of(target);
        if (!RealPath.IsInside(target, root))
        {
            var what = kind == EntryKind.Folder ? "folder" : "file";
            found.Add(new FoundFile(relative, full, $"it is a link to a {what} outside the content folder; only what is inside it is read", kind == EntryKind.Folder));
            return;
        }

        switch (kind)
        {
            case EntryKind.File:
                found.Add(new FoundFile(relative, target, null));
                break;
            case EntryKind.Folder:
                linked.Enqueue((target, relative));
                break;
            default:
                found.Add(new FoundFile(relative, full, NotRegular));
                break;
        }
    }

    /// <summary>The entries of a folder in ordinal order, hidden ones left out; none when it cannot be listed.</summary>
    private static string[] Names(string folder)
    {
        try
        {
            var names = new DirectoryInfo(folder).EnumerateFileSystemInfos()
                .Select(e => e.Name)
                .Where(n => !n.StartsWith('.'))
                .ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
