using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Reads a file into a rented buffer, counting the bytes as they come: the length the file system reports is only a
/// first guess at the buffer's size, never a bound, so a file that grows while it is read stops at the limit.
/// </summary>
internal static class BoundedRead
{
    private const int FirstGuess = 16 * 1024;

    public static FileBytes Read(SafeFileHandle handle, long reportedLength, long limit)
    {
        // One byte more than the limit is read to tell a file of exactly the limit from a longer one.
        var cap = Math.Min(limit, Array.MaxLength - 1L);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(reportedLength + 1, FirstGuess), cap + 1));
        var read = 0;
        try
        {
            while (read <= cap)
            {
                var end = (int)Math.Min(buffer.Length, cap + 1);
                if (read == end)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, cap + 1));
                    buffer.AsSpan(0, read).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                    continue;
                }

                var n = RandomAccess.Read(handle, buffer.AsSpan(read, end - read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        if (read > cap)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return FileBytes.Failed($"it is too big (more than the limit of {Size(limit)})");
        }

        return new FileBytes(buffer, read, Rented: true, Reason: null);
    }

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}

/// <summary>A file's bytes (the first <see cref="Length"/> of <see cref="Bytes"/>), or why it could not be read.</summary>
/// <remarks>A rented buffer goes back to <see cref="ArrayPool{T}.Shared"/> once the file is parsed.</remarks>
internal readonly record struct FileBytes(byte[]? Bytes, int Length, bool Rented, string? Reason)
{
    public FileBytes(byte[] bytes, bool Rented)
        : this(bytes, bytes.Length, Rented, null)
    {
    }

    public static FileBytes Failed(string reason) => new(null, 0, Rented: false, reason);

    public void Release()
    {
        if (Rented)
        {
            ArrayPool<byte>.Shared.Return(Bytes!);
        }
    }
}
