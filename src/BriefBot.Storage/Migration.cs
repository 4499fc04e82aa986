namespace BriefBot.Storage;

/// <summary>One step of the schema, applied once, in order of <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
