namespace BriefBot.Core.Subscriptions;

/// <summary>
/// Asks the database a trivial question, for the readiness check. Each store (SQLite, PostgreSQL) registers one;
/// none registered means the bot runs without a database.
/// </summary>
public interface IDatabaseProbe
{
    /// <summary>Completes when the database answered; throws (any exception) when it did not.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
