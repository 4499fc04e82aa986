namespace BriefBot.Testing.Telegram;

/// <summary>For long runs whose memory is measured: the fake's own records would otherwise grow without end.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>How many messages sendMessage accepted since the start or the last <see cref="ForgetHistory"/>.</summary>
    public int SentCount
    {
        get
        {
            lock (_gate)
            {
                return _sent.Count;
            }
        }
    }

    /// <summary>Forgets recorded requests, arrivals, sent messages and which message belongs to which update.</summary>
    public void ForgetHistory()
    {
        lock (_gate)
        {
            _requests.Clear();
            _arrivals.Clear();
            _sent.Clear();
            _messageOfUpdate.Clear();
            _messagesInChats.Clear();
        }
    }
}
