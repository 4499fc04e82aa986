using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using BriefBot.Core.Content;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Reads every article in a content folder and its subfolders: Markdown (<c>.md</c>, <c>.markdown</c>) with optional YAML
/// front matter, and plain text (<c>.txt</c>). Files with other extensions and hidden files are ignored; files that
/// cannot be read or parsed are listed in <see cref="ContentLoadResult.Rejected"/> and the rest still load. Only
/// regular files inside the folder are read (<see cref="ContentWalk"/>), each up to the size limit.
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

        var files = ContentWalk.Find(root).Select(f => new Candidate(
            f.Relative,
            f.Problem is null ? () => ReadBytes(f.Full, options) : () => FileBytes.Failed(f.Problem),
            f.IsFolder));
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
        return Load(files.Select(f => new Candidate(f.Key.Replace('\\', '/'), () => new FileBytes(f.Value, Rented: false))), options);
    }

    /// <summary>A file to load: its path relative to the content folder and how to get its bytes.</summary>
    /// <param name="Always">Reported whatever its name (a folder link that was not followed).</param>
    private sealed record Candidate(string Relative, Func<FileBytes> Load, bool Always = false);

    private static ContentLoadResult Load(IEnumerable<Candidate> candidates, ContentReaderOptions options)
    {
        var files = candidates
            .Where(f => f.Always || IsContentFile(f.Relative))
            .Select(f => FileNames.HasControlCharacter(f.Relative) ? f with { Load = () => FileBytes.Failed(FileNames.ControlCharacterProblem) } : f)
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        // Reading and parsing each file is independent work, spread over the cores; which files load is then decided
        // in file order, as a file whose name an earlier loaded file already took is turned away.
        var outcomes = new (string Id, Article? Article, string? Reason)[files.Count];
        Parallel.For(0, files.Count, Knowledge.BuildParallelism.Options(options.MaxParallelism), i =>
        {
            var relative = files[i].Relative;
            var id = Path.GetFileNameWithoutExtension(relative).ToLowerInvariant();
            try
            {
                var file = files[i].Load();
                try
                {
                    var (article, problem) = file.Bytes is null ? (null, file.Reason) : Parse(file.Bytes.AsSpan(0, file.Length), relative, id, options);
                    outcomes[i] = (id, article, problem);
                }
                finally
                {
                    file.Release();
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One file must never stop the others loading, nor a reload finishing with its report.
                outcomes[i] = (id, null, $"reading it failed ({e.GetType().Name}: {FirstLine(e.Message)})");
            }
        });

        // Which file takes a name is decided in IdClaims order; the articles and the rejected files keep file order.
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcome = new (Article? Article, RejectedFile? Rejected)[files.Count];
        foreach (var i in IdClaims.Order(files.Select(f => f.Relative).ToList()))
        {
            var relative = files[i].Relative;
            var (id, article, reason) = outcomes[i];
            if (taken.TryGetValue(id, out var other))
            {
                outcome[i] = (null, new RejectedFile(FileNames.Shown(relative), $"another file ({FileNames.Shown(other)}) already has the name '{id}'; rename one of them"));
            }
            else if (article is not null)
            {
                taken[id] = relative;
                outcome[i] = (article, null);
            }
            else
            {
                outcome[i] = (null, new RejectedFile(FileNames.Shown(relative), reason!));
            }
        }

        return new ContentLoadResult(outcome.Select(o => o.Article).OfType<Article>().ToList(), outcome.Select(o => o.Rejected).OfType<RejectedFile>().ToList());
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
    /// Reads a regular file (<see cref="ContentWalk"/> found it) into a buffer rented for the time it takes to parse it:
    /// the article keeps its own copy of the text, so a new array per file would only make work for the garbage
    /// collector. A file that says it is over the limit is not read; one that grows past it while read is stopped there.
    /// </summary>
    private static FileBytes ReadBytes(string full, ContentReaderOptions options)
    {
        try
        {
            using var handle = File.OpenHandle(full);
            var length = RandomAccess.GetLength(handle);
            if (length > options.MaxFileBytes)
            {
                return FileBytes.Failed($"it is too big ({Size(length)}; the limit is {Size(options.MaxFileBytes)})");
            }

            return BoundedRead.Read(handle, length, options.MaxFileBytes);
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
            Hash(bytes))
        {
            AddedAt = doc.AddedAt,
        };
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

    private static string Size(long bytes) => BoundedRead.Size(bytes);

    private static string FirstLine(string message) => message.Split('\n', 2)[0];
}
