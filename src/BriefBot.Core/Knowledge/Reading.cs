namespace BriefBot.Core.Knowledge;

/// <summary>A work cited by an article: "further reading".</summary>
/// <param name="Id">Stable id derived from the folded title.</param>
/// <param name="ArticleId">The article that cites it.</param>
/// <param name="TopicIds">Entity ids of the actors, experts and concepts of its paragraph and article, most relevant first.</param>
public sealed record Reading(
    string Id,
    DateOnly? Date,
    string Title,
    IReadOnlyList<string> Authors,
    string ArticleId,
    Mention Where,
    IReadOnlyList<string> TopicIds);
