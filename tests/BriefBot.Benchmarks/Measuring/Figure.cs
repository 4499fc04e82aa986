namespace BriefBot.Benchmarks.Measuring;

/// <summary>One measured figure. <see cref="Met"/> is null where no target applies.</summary>
internal sealed record Figure(string Section, string Name, double? Value, string Unit, string? Target = null, bool? Met = null, string? Note = null);
