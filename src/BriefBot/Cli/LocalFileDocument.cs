using BriefBot.Core.Commands;
using BriefBot.Intake.Fetching;

namespace BriefBot.Cli;

/// <summary>
/// A file on the console user's own machine, named by <c>/add PATH</c>. Only a regular file (or a link to one) is read:
/// a folder, pipe, socket or device is refused unopened, since opening a pipe waits for a writer and a device may never end.
/// </summary>
internal sealed class LocalFileDocument(string path) : IIncomingDocument
{
    public string FileName => Path.GetFileName(FullPath);

    public long? Size => null;

    private string FullPath { get; } = Path.GetFullPath(Environment.ExpandEnvironmentVariables(
        path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]) : path));

    public async Task<byte[]> ReadAsync(long maxBytes, CancellationToken cancellationToken)
    {
        var target = FullPath;
        var info = new FileInfo(target);
        if (info.LinkTarget is not null)
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? target;
            info = new FileInfo(target);
        }

        if (Directory.Exists(target))
        {
            throw new DocumentRefusedException($"{FileName} is a folder: name one file.");
        }

        if (!info.Exists)
        {
            throw new DocumentRefusedException($"I cannot find {FullPath}.");
        }

        if (!IsRegular(target))
        {
            throw new DocumentRefusedException($"{FileName} is not a regular file (a pipe, socket or device), so I did not open it.");
        }

        if (info.Length > maxBytes)
        {
            throw new DocumentRefusedException($"{FileName} is larger than the most I take ({maxBytes / (1024 * 1024)} MB).");
        }

        try
        {
            var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                return await BoundedReads.ReadAsync(
                    stream,
                    maxBytes,
                    () => new DocumentRefusedException($"{FileName} is larger than the most I take ({maxBytes / (1024 * 1024)} MB)."),
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRefusedException($"I could not read {FileName}: {e.Message}", e);
        }
    }

    /// <summary>.NET reports pipes and devices as files: ask the file system as Core's folder reader does.</summary>
    private static bool IsRegular(string path) => Core.Ingestion.EntryKinds.IsRegularFile(path);
}
