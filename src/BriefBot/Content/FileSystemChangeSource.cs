namespace BriefBot.Content;

/// <summary>Changes under a folder as the operating system reports them (a <see cref="FileSystemWatcher"/>).</summary>
internal sealed class FileSystemChangeSource : IContentChangeSource
{
    public IDisposable Watch(string folder, Action changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
        watcher.Changed += (_, _) => changed();
        watcher.Created += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
