using BriefBot.Testing;
namespace BriefBot.Tests.Support;

/// <summary>A throw-away content folder, seeded with copies of the shipped articles if asked.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(bool withShippedArticles = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "briefbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (withShippedArticles)
        {
            foreach (var file in Directory.GetFiles(RepoPaths.Content))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }
    }

    public string Folder { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
