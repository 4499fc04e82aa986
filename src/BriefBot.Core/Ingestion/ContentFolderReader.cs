using System.Buffers;
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
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkdownExtension = MarkdownExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

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
            .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Load: (Func<FileBytes>)(() => ReadBytes(f, options))));
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
        return Load(files.Select(f => (Relative: f.Key.Replace('\\', '/'), Load: (Func<FileBytes>)(() => new FileBytes(f.Value, Rented: false)))), options);
    }

    private static ContentLoadResult Load(IEnumerable<(string Relative, Func<FileBytes> Load)> candidates, ContentReaderOptions options)
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
            var file = load();
            try
            {
                var (article, problem) = file.Bytes is null ? (null, file.Reason) : Parse(file.Bytes.AsSpan(0, file.Length), relative, id, options);
                outcomes[i] = (id, article, problem);
            }
            finally
            {
                if (file.Rented)
                {
                    ArrayPool<byte>.Shared.Return(file.Bytes!);
                }
            }
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

    /// <summary>
    /// Reads a file into a buffer rented for the time it takes to parse it: the article keeps its own copy of the text,
    /// so a new array per file would only make work for the garbage collector.
    /// </summary>
    private static FileBytes ReadBytes(string full, ContentReaderOptions options)
    {
        try
        {
            var length = new FileInfo(full).Length;
            if (length > options.MaxFileBytes)
            {
                return FileBytes.Failed($"it is too big ({Size(length)}; the limit is {Size(options.MaxFileBytes)})");
            }

            using var handle = File.OpenHandle(full);
            var size = RandomAccess.GetLength(handle);
            if (size is 0 or > int.MaxValue)
            {
                // Empty, or a length the file system does not know or no array can hold: as File.ReadAllBytes reads it.
                return new FileBytes(File.ReadAllBytes(full), Rented: false);
            }

            var buffer = ArrayPool<byte>.Shared.Rent((int)size);
            var read = 0;
            try
            {
                for (int n; read < size && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)size - read), read)) > 0;)
                {
                    read += n;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }

            return new FileBytes(buffer, read, Rented: true, Reason: null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileBytes.Failed($"it could not be read ({e.Message})");
        }
    }

    private static (Article? Article, string? Reason) Parse(ReadOnlySpan<byte> bytes, string relative, string id, ContentReaderOptions options)
    {
        if (bytes.Length > options.MaxFileBytes)
        {
            return (null, $"it is too big ({Size(bytes.Length)}; the limit is {Size(options.MaxFileBytes)})");
        }

        // The text is parsed in a rented buffer: paragraphs are slices of it until ParagraphBuilder copies them out.
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            if (!TextDecoder.TryDecode(bytes, chars, out var length, out var problem))
            {
                return (null, problem);
            }

            var text = chars.AsMemory(0, length);
            if (text.Span.IsWhiteSpace())
            {
                return (null, "it is empty");
            }

            return Parse(text, bytes, relative, id);
        }
        catch (ContentFormatException e)
        {
            return (null, e.Message);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static (Article? Article, string? Reason) Parse(ReadOnlyMemory<char> text, ReadOnlySpan<byte> bytes, string relative, string id)
    {
        var doc = MarkdownExtension.Contains(Path.GetExtension(relative.AsSpan())) ? MarkdownParser.Parse(text) : ParseText(text);

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
            Hash(bytes));
        return (article, null);
    }

    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Plain text may still start with front matter; honour it when it does.</summary>
    private static ParsedDocument ParseText(ReadOnlyMemory<char> text)
    {
        var doc = new ParsedDocument();
        var bodyStart = FrontMatter.Read(text.Span, doc);
        return PlainTextParser.Parse(text, doc, bodyStart);
    }

    private static string Size(long bytes) =>
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
}
