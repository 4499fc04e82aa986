namespace BriefBot.Discord.Gateway;

/// <summary>What a resume needs: the session id and resume address from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Observe(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
