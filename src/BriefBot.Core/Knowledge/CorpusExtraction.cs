namespace BriefBot.Core.Knowledge;

/// <summary>Everything extraction learnt from a set of articles, merged across them.</summary>
public sealed record CorpusExtraction(IReadOnlyList<Entity> Entities, IReadOnlyList<Reading> Readings);
