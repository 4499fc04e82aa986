namespace BriefBot.Core.Commands;

/// <summary>
/// A file that came with a command, whatever carried it. The adapter that made it knows how to fetch its bytes; a
/// handler knows only its name and that reading it is bounded.
/// </summary>
public interface IIncomingDocument
{
    /// <summary>The name the sender gave it, for its extension and for replies ("report.pdf"); never a path to open.</summary>
    string FileName { get; }

    /// <summary>The size the platform announced, when it did.</summary>
    long? Size { get; }

    /// <summary>Reads the whole file, refusing one larger than <paramref name="maxBytes"/> without reading it all.</summary>
    /// <exception cref="DocumentRefusedException">The file is too large, missing, not a regular file, or could not be fetched.</exception>
    Task<byte[]> ReadAsync(long maxBytes, CancellationToken cancellationToken);
}

/// <summary>Why a document cannot be read, as one sentence for the person who sent it.</summary>
public sealed class DocumentRefusedException : Exception
{
    public DocumentRefusedException()
    {
    }

    public DocumentRefusedException(string message)
        : base(message)
    {
    }

    public DocumentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
