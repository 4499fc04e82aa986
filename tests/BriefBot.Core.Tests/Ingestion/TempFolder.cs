namespace BriefBot.Core.Tests.Ingestion;

/// <summary>A scratch content folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefbot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TempFolder Write(string name, string text)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
        return this;
    }

    public TempFolder WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), bytes);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS cleans temp eventually
        }
    }
}
