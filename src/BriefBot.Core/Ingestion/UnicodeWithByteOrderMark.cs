using System.Text;

namespace BriefBot.Core.Ingestion;

/// <summary>The UTF-16 and UTF-32 encodings a file announces with its byte order mark (Windows "Unicode" files).</summary>
internal static class UnicodeWithByteOrderMark
{
    // Strict: a broken surrogate pair is an error, not a replacement character.
    private static readonly Encoding Utf32Little = new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32Big = new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf16Little = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Big = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    /// <summary>The encoding whose byte order mark starts <paramref name="bytes"/>; null for none (UTF-8 or no mark).</summary>
    /// <remarks>UTF-32's little-endian mark starts with UTF-16's, so it is tried first.</remarks>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf32Little.Preamble) ? Utf32Little
        : bytes.StartsWith(Utf32Big.Preamble) ? Utf32Big
        : bytes.StartsWith(Utf16Little.Preamble) ? Utf16Little
        : bytes.StartsWith(Utf16Big.Preamble) ? Utf16Big
        : null;
}
