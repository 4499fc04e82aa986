using System.Text;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>The hostile content files of issue 17, item 3: name, bytes, and whether the file is to be refused.</summary>
internal static class HostileFiles
{
    public static readonly string LongTitle = new('T', 10_000);

    public static IEnumerable<(string Name, byte[] Bytes)> All() =>
    [
        ("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        ("invalid-utf8.txt", [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" noir\n\nText.\n")]),
        ("empty.md", []),
        ("unclosed.md", Utf8("---\ntitle: No end\nauthor: Someone\n\nBody text that never starts.\n")),
        ("long-title.md", Utf8($"# {LongTitle}\n\nThe delegations met in Geneva.\n")),
        ("quotes.txt", Utf8($"Quotation marks\n\n{new string('"', 100_000)}\n")),
        ("curly-quotes.txt", Utf8($"Curly quotation marks\n\n{string.Concat(Enumerable.Repeat("“”", 50_000))}\n")),
        ("nested-quote.md", Utf8($"# Nested quotes\n\n{new string('>', 10_000)} deep\n")),
        ("nested-list.md", Utf8($"# Nested lists\n\n{string.Concat(Enumerable.Repeat("- ", 10_000))}item\n")),
        ("nested-links.md", Utf8($"# Nested links\n\n{new string('[', 10_000)}x{string.Concat(Enumerable.Repeat("](u)", 10_000))}\n")),
        ("nested-emphasis.md", Utf8($"# Nested emphasis\n\n{new string('*', 10_000)}x{new string('*', 10_000)}\n")),
        ("new\nline.md", Utf8("# New line\n\nA name with a line break in it.\n")),
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
