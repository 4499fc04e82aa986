namespace BriefBot.Discord.Gateway;

/// <summary>What to do after the gateway closed with a given code.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by us to leave while keeping the session resumable (anything but 1000/1001 keeps it).</summary>
    public const int Reconnecting = 4900;

    public static GatewayNext Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayNext.Stop,
        // 4003 is also how Discord says "this session has been invalidated": a resume of it cannot succeed.
        4003 or 4007 or 4009 => GatewayNext.Identify,
        _ => GatewayNext.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "the connection dropped",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: Discord rejected the token; fix Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid resume sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: set Discord:ShardId and Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents",
        _ => "close code " + code,
    };
}

internal enum GatewayNext
{
    /// <summary>Reconnect and resume the session (identify if there is none).</summary>
    Resume,

    /// <summary>Forget the session and identify afresh.</summary>
    Identify,

    /// <summary>Fatal: never reconnect.</summary>
    Stop,

    /// <summary>We are shutting down.</summary>
    Shutdown,
}
