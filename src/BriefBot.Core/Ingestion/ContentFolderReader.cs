using System.Collections.Frozen;
using System.Security.Cryptography;
using BriefBot.Core.Content;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Reads every article in a content folder and its subfolders: Markdown (<c>.md</c>, <c>.markdown</c>) with optional YAML
/// front matter, and plain text (<c>.txt</c>). Files with other extensions and hidden files are ignored; files that
/// cannot be read or parsed are listed in <see cref="ContentLoadResult.Rejected"/> and the rest still load.
/// </summary>
public static class ContentFolderReader
{
    private static readonly FrozenSet<string> MarkdownExtensions = new[] { ".md", ".markdown" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TextExtensions = new[] { ".txt" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the folder; a missing folder throws <see cref="DirectoryNotFoundException"/>.</summary>
    public static ContentLoadResult Read(string folder, ContentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content folder '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Load: (Func<(byte[]?, string?)>)(() => ReadBytes(f, options))));
        return Load(files, options);
    }

    /// <summary>
    /// Parses files already in memory exactly as <see cref="Read"/> parses them from disk: each key is a path relative to
    /// a content folder (it picks the format and the id), each value the file's raw bytes.
    /// </summary>
    public static ContentLoadResult Read(IEnumerable<KeyValuePair<string, byte[]>> files, ContentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        return Load(files.Select(f => (Relative: f.Key.Replace('\\', '/'), Load: (Func<(byte[]?, string?)>)(() => (f.Value, null)))), options);
    }

    private static ContentLoadResult Load(IEnumerable<(string Relative, Func<(byte[]? Bytes, string? Reason)> Load)> candidates, ContentReaderOptions options)
    {
        var files = candidates
            .Where(f => IsContentFile(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        // Reading and parsing each file is independent work, spread over the cores; which files load is then decided
        // in file order, as a file whose name an earlier loaded file already took is turned away.
        var outcomes = new (string Id, Article? Article, string? Reason)[files.Count];
        Parallel.For(0, files.Count, Knowledge.BuildParallelism.Options(options.MaxParallelism), i =>
        {
            var (relative, load) = files[i];
            var id = Path.GetFileNameWithoutExtension(relative).ToLowerInvariant();
            var (bytes, reason) = load();
            var (article, problem) = bytes is null ? (null, reason) : Parse(bytes, relative, id, options);
            outcomes[i] = (id, article, problem);
        });

        var articles = new List<Article>(files.Count);
        var rejected = new List<RejectedFile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var relative = files[i].Relative;
            var (id, article, reason) = outcomes[i];
            if (ids.TryGetValue(id, out var other))
            {
                rejected.Add(new RejectedFile(relative, $"another file ({other}) already has the name '{id}'; rename one of them"));
            }
            else if (article is not null)
            {
                ids[id] = relative;
                articles.Add(article);
            }
            else
            {
                rejected.Add(new RejectedFile(relative, reason!));
            }
        }

        return new ContentLoadResult(articles, rejected);
    }

    private static bool IsContentFile(string relative)
    {
        if (relative.Split('/').Any(part => part.StartsWith('.')))
        {
            return false;
        }

        var ext = Path.GetExtension(relative);
        return MarkdownExtensions.Contains(ext) || TextExtensions.Contains(ext);
    }

    private static (byte[]? Bytes, string? Reason) ReadBytes(string full, ContentReaderOptions options)
    {
        try
        {
            var length = new FileInfo(full).Length;
            if (length > options.MaxFileBytes)
            {
                return (null, $"it is too big ({Size(length)}; the limit is {Size(options.MaxFileBytes)})");
            }

            return (File.ReadAllBytes(full), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"it could not be read ({e.Message})");
        }
    }

    private static (Article? Article, string? Reason) Parse(byte[] bytes, string relative, string id, ContentReaderOptions options)
    {
        if (bytes.Length > options.MaxFileBytes)
        {
            return (null, $"it is too big ({Size(bytes.Length)}; the limit is {Size(options.MaxFileBytes)})");
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var problem))
        {
            return (null, problem);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "it is empty");
        }

        ParsedDocument doc;
        try
        {
            doc = MarkdownExtensions.Contains(Path.GetExtension(relative)) ? MarkdownParser.Parse(text) : ParseText(text);
        }
        catch (ContentFormatException e)
        {
            return (null, e.Message);
        }

        if (doc.Title.Length == 0 && doc.Paragraphs.Count == 0)
        {
            return (null, "it has no title and no text");
        }

        if (doc.Paragraphs.Count == 0)
        {
            return (null, "it has a title but no text");
        }

        var article = new Article(
            id,
            doc.Title.Length > 0 ? doc.Title : id,
            doc.Authors.Distinct(StringComparer.Ordinal).ToList(),
            doc.Date,
            doc.Source,
            doc.Url,
            doc.Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            relative,
            ParagraphBuilder.Build(id, doc.Paragraphs),
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return (article, null);
    }

    /// <summary>Plain text may still start with front matter; honour it when it does.</summary>
    private static ParsedDocument ParseText(string text)
    {
        var doc = new ParsedDocument();
        var bodyStart = FrontMatter.Read(text, doc);
        return PlainTextParser.Parse(text, doc, bodyStart);
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
