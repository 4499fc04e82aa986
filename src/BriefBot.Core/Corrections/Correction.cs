namespace BriefBot.Core.Corrections;

public enum CorrectionKind
{
    /// <summary>The entity is no longer listed, suggested or shown.</summary>
    Hide,

    /// <summary>The entity (<see cref="Correction.Target"/>) becomes part of another (<see cref="Correction.Value"/>).</summary>
    Merge,

    /// <summary>The entity is called <see cref="Correction.Value"/>; its old name stays an alias.</summary>
    Rename,

    /// <summary>The entity is of the kind <see cref="Correction.Value"/>: leader, expert, state, organisation or concept.</summary>
    Kind,
}

/// <summary>An admin's correction of what extraction learnt, kept in the database and applied at every build.</summary>
/// <param name="Target">The entity's name as it was when the correction was made.</param>
public sealed record Correction(long Id, CorrectionKind Kind, string Target, string? Value, string MadeBy, DateTimeOffset MadeAt);

/// <summary>Where corrections are kept. The build reads them synchronously, once per build.</summary>
public interface ICorrectionStore
{
    /// <summary>Every correction in the order made; empty (not an exception) when the store cannot be read.</summary>
    IReadOnlyList<Correction> LoadAll();

    Task<IReadOnlyList<Correction>> ListAsync(CancellationToken cancellationToken);

    Task<Correction> AddAsync(CorrectionKind kind, string target, string? value, string madeBy, CancellationToken cancellationToken);

    /// <summary>Removes the corrections of <paramref name="kind"/> whose target folds to the same name; returns how many.</summary>
    Task<int> RemoveAsync(CorrectionKind kind, string target, CancellationToken cancellationToken);
}
