namespace BriefBot.Core.Knowledge;

/// <summary>A work cited by an article: "further reading".</summary>
/// <param name="Id">Stable id derived from the folded title.</param>
/// <param name="ArticleId">The article that cites it.</param>
/// <param name="TopicIds">Entity ids of the actors, experts and concepts of its paragraph and article, most relevant first.</param>
/// <param name="Year">The year, when the citing text gives a year and no full <paramref name="Date"/> ("his 2019 book").</param>
public sealed record Reading(
    string Id,
    DateOnly? Date,
    string Title,
    IReadOnlyList<string> Authors,
    string ArticleId,
    Mention Where,
    IReadOnlyList<string> TopicIds,
    int? Year = null)
{
    /// <summary>For ordering by date: the full date, else the first day of the year, else none.</summary>
    public DateOnly? SortDate => Date ?? (Year is { } year ? new DateOnly(year, 1, 1) : null);

    /// <summary>The date as the text gives it: "8 June 2018" (in <paramref name="format"/>), "2019", or null.</summary>
    public string? DateText(string format) =>
        Date?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ??
        Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
