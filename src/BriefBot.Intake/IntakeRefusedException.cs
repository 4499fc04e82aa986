namespace BriefBot.Intake;

/// <summary>Why something an admin asked to add was not added, as one sentence for them.</summary>
public sealed class IntakeRefusedException : Exception
{
    public IntakeRefusedException()
    {
    }

    public IntakeRefusedException(string message)
        : base(message)
    {
    }

    public IntakeRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal may pass (a timeout, a failed connection, a 5xx or 429): worth trying again later.</summary>
    public bool MayPass { get; init; }
}
