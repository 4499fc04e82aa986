namespace BriefBot.Core.Content;

/// <summary>What reading a content folder produced: the articles that loaded and the files that did not.</summary>
public sealed record ContentLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<RejectedFile> Rejected);

/// <summary>A content file that was skipped, with a reason a person understands.</summary>
public sealed record RejectedFile(string Path, string Reason);
