using System.Diagnostics;

namespace BriefBot.Testing;

/// <summary>
/// Makes a file or folder really read-only: by its mode bits, or — when the tests run as root, whom mode bits do not
/// stop — by the immutable attribute (chattr +i), which refuses every write, even root's.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class ReadOnlyPath
{
    private static bool IsRoot => Environment.UserName == "root";

    public static void Make(string path)
    {
        if (IsRoot)
        {
            Chattr("+i", path);
        }
        else
        {
            File.SetUnixFileMode(path, Directory.Exists(path) ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead);
        }
    }

    public static void Undo(string path)
    {
        if (IsRoot)
        {
            Chattr("-i", path);
        }
        else
        {
            File.SetUnixFileMode(path, Directory.Exists(path)
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {path} failed: {chattr.StandardError.ReadToEnd()}");
        }
    }
}
