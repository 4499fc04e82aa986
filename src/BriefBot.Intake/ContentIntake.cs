using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Intake.Fetching;
using BriefBot.Intake.Reading;
using BriefBot.Intake.Storing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Intake;

/// <summary>The content folder, as the host resolves it (Content:Path).</summary>
public sealed record IntakeFolder(Func<string> Resolve)
{
    public string Path => System.IO.Path.GetFullPath(Resolve());
}

/// <summary>What adding did: the article stored and the reload that took it in, or the article that was already there.</summary>
public sealed record IntakeResult(bool AlreadyAdded, string Title, string? ArticleId, string? FileName, ReloadReport? Report, KnowledgeSnapshot? Snapshot);

/// <summary>
/// Turns a link or a document into an article in the content folder and reloads: fetch or read, extract, refuse what
/// holds no article text, store as Markdown with front matter, reload, and check that the reload took the file in
/// (a file the reload rejects is removed again). One add at a time, so two adds of the same link cannot both store it.
/// </summary>
public sealed partial class ContentIntake(
    PageFetcher fetcher,
    ReloadCoordinator reloads,
    ISnapshotSource snapshots,
    IntakeFolder folder,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<ContentIntake> logger) : IDisposable
{
    /// <summary>Fewer words than this is a page of links, a paywall or an error page, not an article.</summary>
    public const int MinWords = 40;

    public static readonly IReadOnlyList<string> DocumentExtensions = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx"];

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<IntakeResult> AddLinkAsync(string link, string addedBy, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new IntakeRefusedException("I only fetch http and https links, written in full (https://...).");
        }

        var key = UrlKey.Of(uri);
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (FindAdded(url: key, sha256: null) is { } existing)
            {
                return new IntakeResult(true, existing, null, null, null, null);
            }

            var page = await fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
            // A link that redirects to an article already added (a short link, an old address) is that article.
            if (UrlKey.Of(page.FinalUri) is var final && final != key && FindAdded(url: final, sha256: null) is { } redirected)
            {
                return new IntakeResult(true, redirected, null, null, null, null);
            }

            var article = ReadPage(page)
                ?? throw new IntakeRefusedException("I found no article text on that page, so I stored nothing.");
            if (article.WordCount < MinWords)
            {
                throw new IntakeRefusedException("I found no article text on that page, so I stored nothing.");
            }

            if (article.Title.Length == 0)
            {
                article = article with { Title = $"Article from {page.FinalUri.Host}" };
            }

            return await StoreAsync(article, new AddedFrom(UrlKey.Clean(uri), null, null, addedBy, time.GetUtcNow())).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async Task<IntakeResult> AddDocumentAsync(IIncomingDocument document, string addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = TextCleaning.OneLine(Path.GetFileName(document.FileName));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!DocumentExtensions.Contains(extension))
        {
            throw new IntakeRefusedException("I can add .md, .txt, .html, .pdf and .docx files, and this is none of those.");
        }

        var max = options.Value.MaxFetchBytes;
        if (document.Size > max)
        {
            throw new IntakeRefusedException($"That file is larger than {Sizes.Show(max)}, the most I take.");
        }

        byte[] bytes;
        try
        {
            bytes = await document.ReadAsync(max, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentRefusedException e)
        {
            throw new IntakeRefusedException(e.Message, e);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (FindAdded(url: null, sha256) is { } existing)
            {
                return new IntakeResult(true, existing, null, null, null, null);
            }

            var fallbackTitle = TextCleaning.OneLine(Path.GetFileNameWithoutExtension(name));
            var article = ReadDocument(extension, bytes, fallbackTitle.Length == 0 ? "Untitled" : fallbackTitle);
            if (article is null || article.WordCount < MinWords)
            {
                throw new IntakeRefusedException("I found no article text in that file, so I stored nothing.");
            }

            return await StoreAsync(article, new AddedFrom(null, name, sha256, addedBy, time.GetUtcNow())).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static ExtractedArticle? ReadPage(FetchedPage page)
    {
        var media = page.MediaType?.ToLowerInvariant() ?? string.Empty;
        var extension = Path.GetExtension(page.FinalUri.AbsolutePath).ToLowerInvariant();
        var fallback = TextCleaning.OneLine(Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(page.FinalUri.AbsolutePath)));
        if (media == "application/pdf" || (media is "" or "application/octet-stream" && extension == ".pdf"))
        {
            return ReadDocument(".pdf", page.Body, fallback) is { } pdf ? pdf with { Source = pdf.Source ?? page.FinalUri.Host } : null;
        }

        if (media is "text/plain" or "text/markdown")
        {
            return ReadDocument(media == "text/plain" ? ".txt" : ".md", page.Body, fallback);
        }

        if (media.Length > 0 && media is not ("text/html" or "application/xhtml+xml"))
        {
            throw new IntakeRefusedException($"That link gives {media}, not a web page or a PDF, so I stored nothing.");
        }

        return HtmlArticleReader.Read(Decode(page.Body, page.Charset), page.FinalUri);
    }

    private static ExtractedArticle? ReadDocument(string extension, byte[] bytes, string fallbackTitle)
    {
        try
        {
            return extension switch
            {
                ".pdf" => PdfArticleReader.Read(bytes, fallbackTitle),
                ".docx" => DocxArticleReader.Read(bytes, fallbackTitle),
                ".html" or ".htm" => HtmlArticleReader.Read(Decode(bytes, null), new Uri("file:///" + Uri.EscapeDataString(fallbackTitle) + extension)) is { } html
                    ? html with { Source = null, Title = html.Title.Length == 0 ? fallbackTitle : html.Title }
                    : null,
                ".txt" => PlainArticleReader.Read(bytes, "document.txt", bytes.LongLength + 1),
                _ => PlainArticleReader.Read(bytes, "document.md", bytes.LongLength + 1),
            };
        }
        catch (IntakeRefusedException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            var kind = extension.TrimStart('.').ToUpperInvariant();
            throw new IntakeRefusedException($"I could not read that {kind} file: it seems damaged or is not what its name says.", e);
        }
    }

    private static string Decode(byte[] bytes, string? charset)
    {
        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
            }
            catch (ArgumentException)
            {
            }
        }

        return encoding.GetString(bytes);
    }

    private async Task<IntakeResult> StoreAsync(ExtractedArticle article, AddedFrom from)
    {
        var root = folder.Path;
        if (!Directory.Exists(root))
        {
            throw new IntakeRefusedException("The content folder is missing, so I cannot store anything.");
        }

        var before = snapshots.Current;
        var taken = before.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var path = ArticleFileNames.NewPath(root, ArticleFileNames.Stem(article.Title), taken);
        var fileName = Path.GetFileName(path);
        var id = Path.GetFileNameWithoutExtension(fileName);
        var temporary = Path.Combine(root, $".{fileName}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, ArticleMarkdown.Write(article, from), new UTF8Encoding(false), CancellationToken.None).ConfigureAwait(false);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            throw;
        }

        var report = await reloads.ReloadAsync(from.AddedBy).ConfigureAwait(false);
        if (report.Applied && snapshots.Current.FindArticle(id) is null && report.Rejected.All(r => r.Path != fileName))
        {
            // The reload joined was already reading the folder when the file arrived.
            report = await reloads.ReloadAsync(from.AddedBy).ConfigureAwait(false);
        }

        var snapshot = snapshots.Current;
        if (!report.Applied || snapshot.FindArticle(id) is null)
        {
            var why = report.Rejected.FirstOrDefault(r => r.Path == fileName)?.Reason ?? report.Problem ?? "the reload did not take it in";
            File.Delete(path);
            await reloads.ReloadAsync(from.AddedBy).ConfigureAwait(false);
            throw new IntakeRefusedException($"I could not add that article ({why.TrimEnd('.')}), so I stored nothing.");
        }

        LogAdded(logger, fileName, from.AddedBy, article.WordCount);
        return new IntakeResult(false, snapshot.FindArticle(id)!.Title, id, fileName, report, snapshot);
    }

    /// <summary>
    /// The title of an article already added from this link or these bytes: any loaded article whose url has the same
    /// key, or any Markdown file in the folder whose front matter has the url or hash (stored but not yet loaded).
    /// </summary>
    private string? FindAdded(string? url, string? sha256)
    {
        if (url is not null)
        {
            foreach (var article in snapshots.Current.Articles)
            {
                if (article.Url is not null && UrlKey.Of(article.Url) == url)
                {
                    return article.Title;
                }
            }
        }

        var root = folder.Path;
        if (!Directory.Exists(root))
        {
            return null;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*.md"))
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            var fields = StoredFields.Read(file);
            if ((url is not null && fields.TryGetValue("url", out var stored) && UrlKey.Of(stored) == url) ||
                (sha256 is not null && fields.TryGetValue("sha256", out var hash) && string.Equals(hash, sha256, StringComparison.OrdinalIgnoreCase)))
            {
                return fields.GetValueOrDefault("title") ?? Path.GetFileNameWithoutExtension(file);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {File} for {AddedBy}: {Words} words")]
    private static partial void LogAdded(ILogger logger, string file, string addedBy, int words);
}
