namespace BriefBot.Telegram.Startup;

/// <summary>getMe answered 401: the token is wrong or revoked. The message never contains the token.</summary>
public sealed class TokenRejectedException : Exception
{
    public TokenRejectedException()
        : base("The Telegram token was rejected (401 Unauthorized): check Telegram:Token.")
    {
    }

    public TokenRejectedException(string message)
        : base(message)
    {
    }

    public TokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
