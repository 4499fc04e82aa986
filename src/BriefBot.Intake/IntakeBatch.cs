using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Intake.Reading;
using BriefBot.Intake.Storing;

namespace BriefBot.Intake;

/// <summary>An article written to the folder (not yet loaded), or the one already there that it duplicates.</summary>
/// <param name="FileName">The file written, or the existing file holding the same article.</param>
public sealed record StagedArticle(bool AlreadyAdded, string Title, string? FileName);

/// <param name="Refusal">Why the reload did not take the file in (it was removed again); null when it did.</param>
public sealed record CommittedArticle(StagedArticle Staged, string Title, string? ArticleId, string? Refusal);

public sealed record CommittedBatch(IReadOnlyList<CommittedArticle> Articles, ReloadReport? Report, KnowledgeSnapshot Snapshot);

/// <summary>
/// Holds the intake while several articles are stored, then reloads once for all of them (<see cref="CommitAsync"/>).
/// Every article is checked against what is already there, those written earlier in the batch included.
/// </summary>
public sealed class IntakeBatch : IAsyncDisposable
{
    private readonly ContentIntake _intake;
    private readonly List<StagedArticle> _written = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private bool _released;

    internal IntakeBatch(ContentIntake intake) => _intake = intake;

    /// <summary>Articles written so far and not yet reloaded.</summary>
    public int Written => _written.Count;

    /// <summary>
    /// The article at <paramref name="link"/>: already there (same link after normalising, before any fetch; or the
    /// same text from another link, after it), or fetched, read and written. Refusals throw <see cref="IntakeRefusedException"/>.
    /// </summary>
    public async Task<StagedArticle> StageLinkAsync(Uri link, string addedBy, string? feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var key = UrlKey.Of(link);
        if (_intake.FindAdded(url: key, sha256: null, fingerprint: null) is { } existing)
        {
            return new StagedArticle(true, existing.Title, existing.FileName);
        }

        var page = await _intake.Fetcher.FetchAsync(link, cancellationToken).ConfigureAwait(false);
        // A link that redirects to an article already added (a short link, an old address) is that article.
        if (UrlKey.Of(page.FinalUri) is var final && final != key && _intake.FindAdded(url: final, sha256: null, fingerprint: null) is { } redirected)
        {
            return new StagedArticle(true, redirected.Title, redirected.FileName);
        }

        var article = ContentIntake.ReadPage(page) is { WordCount: >= ContentIntake.MinWords } read
            ? read
            : throw new IntakeRefusedException("I found no article text on that page, so I stored nothing.");
        if (article.Title.Length == 0)
        {
            article = article with { Title = $"Article from {page.FinalUri.Host}" };
        }

        return await StageAsync(article, new AddedFrom(UrlKey.Clean(link), null, null, addedBy, _intake.Time.GetUtcNow(), ArticleFingerprint.Of(article), feed)).ConfigureAwait(false);
    }

    /// <summary>An article read already (a feed item's full text): already there by its link or its text, or written.</summary>
    public async Task<StagedArticle> StageAsync(ExtractedArticle article, AddedFrom origin)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(origin);
        var fingerprint = origin.Fingerprint ?? ArticleFingerprint.Of(article);
        if (_intake.FindAdded(url: UrlKey.Of(origin.Url), sha256: null, fingerprint) is { } existing)
        {
            return new StagedArticle(true, existing.Title, existing.FileName);
        }

        var fileName = await _intake.WriteAsync(article, origin with { Fingerprint = fingerprint }, _taken).ConfigureAwait(false);
        var staged = new StagedArticle(false, article.Title, fileName);
        _written.Add(staged);
        return staged;
    }

    /// <summary>One reload for everything written; nothing written, no reload.</summary>
    public async Task<CommittedBatch> CommitAsync(string requestedBy)
    {
        if (_written.Count == 0)
        {
            return new CommittedBatch([], null, _intake.Snapshots.Current);
        }

        var committed = await _intake.ReloadAndCheckAsync([.. _written], requestedBy).ConfigureAwait(false);
        _written.Clear();
        return committed;
    }

    public ValueTask DisposeAsync()
    {
        if (!_released)
        {
            _released = true;
            _intake.Release();
        }

        return ValueTask.CompletedTask;
    }
}
