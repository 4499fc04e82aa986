using System.Runtime.InteropServices;
using System.Text;

namespace BriefBot.Core.Ingestion;

/// <summary>What an entry in a folder is.</summary>
internal enum EntryKind
{
    Missing,
    File,
    Folder,
    Link,

    /// <summary>A pipe, socket or device: reading one may block forever or never end, so it is never opened.</summary>
    Other,
}

/// <summary>
/// Asks the file system what an entry is without opening it: .NET reports a pipe or a device as an ordinary file,
/// and opening a pipe blocks until something writes to it.
/// </summary>
/// <remarks>
/// On Unix this is lstat(2) through <c>SystemNative_LStat</c>, the shim .NET's own file classes call; its
/// <c>FileStatus</c> starts with two 32-bit fields, flags then mode, and its type bits are fixed (pal_io.h).
/// </remarks>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;
    private const int SymbolicLink = 0xA000;

    public static EntryKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return !info.Exists && !System.IO.Directory.Exists(path) ? EntryKind.Missing
                : info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? EntryKind.Link
                : info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Folder
                : EntryKind.File;
        }

        // FileStatus is under 160 bytes on every platform; a larger buffer leaves room for growth.
        var status = new byte[256];
        try
        {
            if (LStat(Encoding.UTF8.GetBytes(path + '\0'), status) != 0)
            {
                return EntryKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Guess(path);
        }

        return (BitConverter.ToInt32(status, sizeof(int)) & TypeMask) switch
        {
            Regular => EntryKind.File,
            Directory => EntryKind.Folder,
            SymbolicLink => EntryKind.Link,
            _ => EntryKind.Other,
        };
    }

    /// <summary>
    /// Without the shim: links and folders as .NET sees them; a file reporting no length is taken for a pipe or device
    /// (as those report none), so it is never opened, and an empty regular file is refused either way.
    /// </summary>
    private static EntryKind Guess(string path)
    {
        var info = new FileInfo(path);
        return info.Attributes switch
        {
            var a when (int)a == -1 => EntryKind.Missing,
            var a when a.HasFlag(FileAttributes.ReparsePoint) => EntryKind.Link,
            var a when a.HasFlag(FileAttributes.Directory) => EntryKind.Folder,
            _ => info.Length == 0 ? EntryKind.Other : EntryKind.File,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat(byte[] path, byte[] status);
}

/// <summary>For readers outside Core (the console's <c>/add PATH</c>): what an entry is, asked without opening it.</summary>
public static class EntryKinds
{
    /// <summary>A regular file itself, not a link, folder, pipe, socket or device.</summary>
    public static bool IsRegularFile(string path) => FileKinds.Of(path) == EntryKind.File;
}
