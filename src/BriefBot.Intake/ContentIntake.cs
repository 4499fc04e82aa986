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
/// <param name="FileName">The file stored, or for an article already added the file that holds it.</param>
public sealed record IntakeResult(bool AlreadyAdded, string Title, string? ArticleId, string? FileName, ReloadReport? Report, KnowledgeSnapshot? Snapshot);

/// <summary>
/// Turns a link or a document into an article in the content folder and reloads: fetch or read, extract, refuse what
/// holds no article text or is already there (same link, same bytes, or the same text from another link), store as
/// Markdown with front matter, reload, and check that the reload took the file in (a file the reload rejects is
/// removed again). One add or batch at a time, so two adds of the same article cannot both store it.
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

        var batch = await BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            var staged = await batch.StageLinkAsync(uri, addedBy, feed: null, cancellationToken).ConfigureAwait(false);
            return staged.AlreadyAdded ? Existing(staged) : await CommitOneAsync(batch, staged, addedBy).ConfigureAwait(false);
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
        var batch = await BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            if (FindAdded(url: null, sha256, fingerprint: null) is { } existing)
            {
                return new IntakeResult(true, existing.Title, null, existing.FileName, null, null);
            }

            var fallbackTitle = TextCleaning.OneLine(Path.GetFileNameWithoutExtension(name));
            var article = ReadDocument(extension, bytes, fallbackTitle.Length == 0 ? "Untitled" : fallbackTitle);
            if (article is null || article.WordCount < MinWords)
            {
                throw new IntakeRefusedException("I found no article text in that file, so I stored nothing.");
            }

            var staged = await batch.StageAsync(article, new AddedFrom(null, name, sha256, addedBy, time.GetUtcNow(), ArticleFingerprint.Of(article))).ConfigureAwait(false);
            return staged.AlreadyAdded ? Existing(staged) : await CommitOneAsync(batch, staged, addedBy).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the intake for a batch: articles are stored one by one (each refused or found already there on its own)
    /// and taken in by one reload at <see cref="IntakeBatch.CommitAsync"/>. Nothing else is added meanwhile.
    /// </summary>
    public async Task<IntakeBatch> BeginBatchAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new IntakeBatch(this);
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static IntakeResult Existing(StagedArticle staged) => new(true, staged.Title, null, staged.FileName, null, null);

    private static async Task<IntakeResult> CommitOneAsync(IntakeBatch batch, StagedArticle staged, string addedBy)
    {
        var committed = await batch.CommitAsync(addedBy).ConfigureAwait(false);
        var outcome = committed.Articles.Single();
        if (outcome.Refusal is { } refusal)
        {
            throw new IntakeRefusedException(refusal);
        }

        return new IntakeResult(false, outcome.Title, outcome.ArticleId, staged.FileName, committed.Report, committed.Snapshot);
    }

    internal PageFetcher Fetcher => fetcher;

    internal TimeProvider Time => time;

    internal ISnapshotSource Snapshots => snapshots;

    internal static ExtractedArticle? ReadPage(FetchedPage page)
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

    /// <summary>Writes the article's file into the folder (not yet loaded); returns its name.</summary>
    internal async Task<string> WriteAsync(ExtractedArticle article, AddedFrom from, ISet<string> taken)
    {
        var root = folder.Path;
        if (!Directory.Exists(root))
        {
            throw new IntakeRefusedException("The content folder is missing, so I cannot store anything.");
        }

        taken.UnionWith(snapshots.Current.Articles.Select(a => a.Id));
        var path = ArticleFileNames.NewPath(root, ArticleFileNames.Stem(article.Title), taken);
        var fileName = Path.GetFileName(path);
        taken.Add(Path.GetFileNameWithoutExtension(fileName));
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

        LogAdded(logger, fileName, from.AddedBy, article.WordCount);
        return fileName;
    }

    /// <summary>
    /// One reload for every file written, then a check that each was taken in: a file the reload rejected (or that a
    /// refused reload left out) is removed again, with the reason, and the folder reloaded once more without it.
    /// </summary>
    internal async Task<CommittedBatch> ReloadAndCheckAsync(IReadOnlyList<StagedArticle> written, string requestedBy)
    {
        var report = await reloads.ReloadAsync(requestedBy).ConfigureAwait(false);
        bool Missing(StagedArticle s) => snapshots.Current.FindArticle(IdOf(s)) is null && report.Rejected.All(r => r.Path != s.FileName);
        if (report.Applied && written.Any(Missing))
        {
            // The reload joined was already reading the folder when the files arrived.
            report = await reloads.ReloadAsync(requestedBy).ConfigureAwait(false);
        }

        var snapshot = snapshots.Current;
        var outcomes = new List<CommittedArticle>();
        var removed = false;
        foreach (var staged in written)
        {
            var id = IdOf(staged);
            if (report.Applied && snapshot.FindArticle(id) is { } article)
            {
                outcomes.Add(new CommittedArticle(staged, article.Title, id, null));
                continue;
            }

            var why = report.Rejected.FirstOrDefault(r => r.Path == staged.FileName)?.Reason ?? report.Problem ?? "the reload did not take it in";
            File.Delete(Path.Combine(folder.Path, staged.FileName!));
            removed = true;
            outcomes.Add(new CommittedArticle(staged, staged.Title, null, $"I could not add that article ({why.TrimEnd('.')}), so I stored nothing."));
        }

        if (removed)
        {
            report = await reloads.ReloadAsync(requestedBy).ConfigureAwait(false);
        }

        return new CommittedBatch(outcomes, report, snapshots.Current);
    }

    private static string IdOf(StagedArticle staged) => Path.GetFileNameWithoutExtension(staged.FileName!).ToLowerInvariant();

    /// <summary>
    /// The article already added from this link, these bytes or with this text: any loaded article whose url has the
    /// same key, or any Markdown file in the folder whose front matter has the url, hash or fingerprint (stored but
    /// perhaps not yet loaded).
    /// </summary>
    internal (string Title, string FileName)? FindAdded(string? url, string? sha256, string? fingerprint)
    {
        if (url is not null)
        {
            foreach (var article in snapshots.Current.Articles)
            {
                if (article.Url is not null && UrlKey.Of(article.Url) == url)
                {
                    return (article.Title, Path.GetFileName(article.Path));
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
                (sha256 is not null && fields.TryGetValue("sha256", out var hash) && string.Equals(hash, sha256, StringComparison.OrdinalIgnoreCase)) ||
                (fingerprint is not null && fields.TryGetValue("fingerprint", out var print) && string.Equals(print, fingerprint, StringComparison.OrdinalIgnoreCase)))
            {
                return (fields.GetValueOrDefault("title") ?? Path.GetFileNameWithoutExtension(file), Path.GetFileName(file));
            }
        }

        return null;
    }

    internal void Release() => _oneAtATime.Release();

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {File} for {AddedBy}: {Words} words")]
    private static partial void LogAdded(ILogger logger, string file, string addedBy, int words);
}
