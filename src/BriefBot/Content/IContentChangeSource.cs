namespace BriefBot.Content;

/// <summary>Says when anything under a folder changes. The host's is <see cref="FileSystemChangeSource"/>; tests give their own.</summary>
internal interface IContentChangeSource
{
    /// <summary>Calls <paramref name="changed"/> on every change under <paramref name="folder"/> until the result is disposed.</summary>
    IDisposable Watch(string folder, Action changed);
}
