using System.Text;

namespace BriefBot.Core.Content;

/// <summary>
/// The text of one article stored once, as UTF-8: paragraphs and sentences are ranges of it, decoded when read.
/// A snapshot holds every article for its lifetime, and most of that text is never read again after extraction, so
/// half the bytes of UTF-16 and one copy instead of two (paragraph and sentence) is what keeps the snapshot small.
/// </summary>
internal sealed class ArticleText(string articleId, byte[] utf8)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string ArticleId { get; } = articleId;

    public int ByteCount => utf8.Length;

    /// <summary>A store that holds one piece of text alone (paragraphs and sentences made by hand).</summary>
    public static ArticleText Alone(string articleId, string text) => new(articleId, Utf8.GetBytes(text));

    public string Decode(int start, int length) => length == 0 ? string.Empty : Utf8.GetString(utf8, start, length);

    public ReadOnlySpan<byte> Bytes(int start, int length) => utf8.AsSpan(start, length);
}
